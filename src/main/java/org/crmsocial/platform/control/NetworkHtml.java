package org.crmsocial.platform.control;

import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The one sanitizer of HTML that comes from a network (Google+ {@code object.content}, tweet text
 * with its links), built on jsoup's {@link Safelist}: links, line breaks, bold and italic are kept,
 * every other element is dropped (its text kept, a script's or style's content not), every
 * attribute but a link's {@code href} is dropped, a link keeps only an absolute http or https
 * {@code href} (else it becomes plain text) and gets {@code rel="nofollow noopener"}. Text comes
 * out escaped exactly once. Whatever a page shows as rich text goes through {@link #sanitize}.
 */
public final class NetworkHtml {

  /** The tags kept. */
  static final List<String> TAGS = List.of("a", "b", "strong", "i", "em", "br");

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(TAGS.toArray(String[]::new))
          .addAttributes("a", "href")
          .addProtocols("a", "href", "http", "https")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private NetworkHtml() {}

  /** {@code html} with only what the safelist allows; empty for null. */
  public static String sanitize(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
    clean.select("a:not([href])").unwrap(); // a link whose address was refused is its text
    clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
    return clean.body().html();
  }

  /**
   * The plain text of {@code html} as a reader sees it (for storing, searching and counting):
   * entities decoded, tags gone, {@code <br>} and the ends of paragraphs, list items and blocks as
   * line breaks; null for null.
   */
  public static String plainText(String html) {
    if (html == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              text.append(t.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              text.append('\n');
            } else {
              endLine(node, depth);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            endLine(node, depth);
          }

          /** A block (paragraph, list item, div) starts and ends on its own line. */
          private void endLine(Node node, int depth) {
            if (node instanceof Element e
                && e.isBlock()
                && depth > 0
                && text.length() > 0
                && text.charAt(text.length() - 1) != '\n') {
              text.append('\n');
            }
          }
        },
        Jsoup.parseBodyFragment(html).body());
    return text.toString().replaceAll(" *\n *", "\n").strip();
  }

  /**
   * One link in a plain text: the characters {@code [start, end)} of the text are shown as {@code
   * label}, leading to {@code href}.
   */
  public record Link(int start, int end, String href, String label) {}

  /**
   * Plain {@code text} as sanitized HTML, escaped, line breaks as {@code <br>}, with {@code links}
   * (which must not overlap; those that do, or fall outside the text, are left out) as anchors.
   */
  public static String withLinks(String text, List<Link> links) {
    if (text == null) {
      return null;
    }
    StringBuilder html = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Link link : links.stream().sorted(Comparator.comparingInt(Link::start)).toList()) {
      if (link.start() < at || link.end() > text.length() || link.end() <= link.start()) {
        continue;
      }
      html.append(escaped(text.substring(at, link.start())));
      Element a = new Element("a").attr("href", link.href()).text(link.label());
      html.append(a.outerHtml());
      at = link.end();
    }
    html.append(escaped(text.substring(at)));
    return sanitize(html.toString());
  }

  private static String escaped(String text) {
    return Entities.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
  }
}
