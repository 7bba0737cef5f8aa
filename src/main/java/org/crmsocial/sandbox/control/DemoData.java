package org.crmsocial.sandbox.control;

import java.util.ArrayList;
import java.util.List;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.ActorKind;
import org.crmsocial.sandbox.model.Network;

/**
 * The demo accounts, pages and people of the sandbox networks, with stable ids, and the texts the
 * people write. Everyone signs in with the password {@value #PASSWORD}.
 */
public final class DemoData {

  /** The password of every demo user. */
  public static final String PASSWORD = "sandbox";

  /** The brand's sign-in on every network (Twitter also takes the handle {@code acme_jp}). */
  public static final String BRAND_LOGIN = "brand@acme.example";

  /** The sign-in of the account without a page (Facebook, Google+: S-10, S-16). */
  public static final String NO_PAGE_LOGIN = "nopage@acme.example";

  /** The brand's page (and Twitter account) name. */
  public static final String PAGE_NAME = "Acme Japan";

  public static final long FACEBOOK_BRAND_USER = 10158L;
  public static final long FACEBOOK_NO_PAGE_USER = 10159L;
  public static final long FACEBOOK_PAGE = 1049L;
  public static final long TWITTER_BRAND = 2244994945L;
  public static final long TWITTER_OTHER = 2244994946L;
  public static final long GOOGLE_BRAND_USER = 1177L;
  public static final long GOOGLE_NO_PAGE_USER = 1178L;
  public static final long GOOGLE_PAGE = 1065L;

  /** One person, with their id on each network. */
  record Person(
      String name, String handle, long facebook, long twitter, long google, boolean hidden) {}

  static final List<Person> PEOPLE =
      List.of(
          new Person("Taro Yamada", "taro_y", 5531, 9912, 7789, false),
          new Person("Jiro Suzuki", "jiro_s", 5532, 9911, 7790, false),
          new Person("Ken Ito", "ken_ito", 5533, 9913, 7788, false),
          new Person("佐藤 美咲", "misaki_sato", 5534, 9914, 7791, false),
          new Person("高橋 健太", "kenta_t", 5535, 9915, 7792, false),
          new Person("田中 陽子", "yoko_tanaka", 5536, 9916, 7793, false),
          new Person("中村 翔", "sho_nakamura", 5537, 9917, 7794, false),
          new Person("Emily Clark", "emilyc", 5538, 9918, 7795, false),
          new Person("James Wilson", "jwilson", 5539, 9919, 7796, false),
          new Person("Olivia Brown", "olivia_b", 5540, 9920, 7797, true),
          new Person("Michael Lee", "mlee", 5541, 9921, 7798, false),
          new Person("Sophie Martin", "sophiem", 5542, 9922, 7799, false));

  static final List<String> BRAND_POSTS =
      List.of(
          "新製品のお知らせ",
          "新店舗オープン",
          "週末セールを開催します！",
          "Our new spring collection is here.",
          "年末年始の営業時間のお知らせ",
          "Thank you for 10,000 followers!",
          "配送遅延についてのお詫び",
          "Free shipping on orders over ¥5,000 this week.",
          "アンケートにご協力ください",
          "Meet our team at the Tokyo trade show.",
          // What posts share (issue 19): a link with text, a link alone, a photo alone, rich text
          "Our spring catalogue is out: https://acme.example/spring?ref=social",
          "https://acme.example/events/tokyo-trade-show",
          "https://scontent.xx.fbcdn.net/v/sandbox/acme-tokyo-store.jpg",
          "*週末セール* 開催中 & _送料無料_\n詳しくは https://acme.example/sale");

  /**
   * The pages the demo posts link to, as a crawler would title and describe them (Graph's link
   * attachments); a link not listed is titled with its host.
   */
  static final java.util.Map<String, String[]> LINKS =
      java.util.Map.of(
          "https://acme.example/spring?ref=social",
          new String[] {"Spring collection 2026 | Acme", "Linen shirts, light jackets and more."},
          "https://acme.example/events/tokyo-trade-show",
          new String[] {"Acme at the Tokyo trade show", "Meet our team at booth 4, Dec 12-14."},
          "https://acme.example/sale",
          new String[] {"週末セール | Acme", "全品20%オフ、送料無料。"});

  static final List<String> COMMENTS =
      List.of(
          "いつ発売？",
          "おめでとうございます",
          "楽しみです！",
          "Is this available in Osaka?",
          "Great news!",
          "値段はいくらですか？",
          "Love it 😍",
          "予約できますか？",
          "When will it ship?",
          "素敵ですね");

  static final List<String> MENTIONS =
      List.of(
          "注文が届きません",
          "サポートの対応がとても良かったです",
          "the app keeps logging me out",
          "新商品いつ出ますか？",
          "thanks for the quick reply!",
          "返品の方法を教えてください",
          "any discount codes this month?",
          "店舗の営業時間は？");

  static final List<String> MESSAGES =
      List.of(
          "在庫はありますか？",
          "返品したいです",
          "Can I change my delivery address?",
          "領収書を発行してもらえますか？",
          "My order number is 4471, where is it?",
          "ありがとうございました");

  static final List<String> BRAND_REPLIES =
      List.of(
          "はい、あります。",
          "ご連絡ありがとうございます。確認いたします。",
          "Thanks! We'll look into it right away.",
          "申し訳ございません。DMで詳細をお送りください。");

  private DemoData() {}

  /** Every demo actor of a network, users and pages first. */
  static List<Actor> actors(Network network) {
    String hash = Secrets.hashPassword(PASSWORD);
    List<Actor> all = new ArrayList<>();
    switch (network) {
      case FACEBOOK -> {
        all.add(user(network, FACEBOOK_BRAND_USER, "Hanako Sato", null, BRAND_LOGIN, hash));
        all.add(user(network, FACEBOOK_NO_PAGE_USER, "Yuki Tanaka", null, NO_PAGE_LOGIN, hash));
        all.add(page(network, FACEBOOK_PAGE, PAGE_NAME, FACEBOOK_BRAND_USER, "Software"));
      }
      case TWITTER -> {
        all.add(user(network, TWITTER_BRAND, PAGE_NAME, "acme_jp", BRAND_LOGIN, hash));
        all.add(user(network, TWITTER_OTHER, "Yuki Tanaka", "yuki_t", NO_PAGE_LOGIN, hash));
      }
      case GOOGLE -> {
        all.add(user(network, GOOGLE_BRAND_USER, "Hanako Sato", null, BRAND_LOGIN, hash));
        all.add(user(network, GOOGLE_NO_PAGE_USER, "Yuki Tanaka", null, NO_PAGE_LOGIN, hash));
        all.add(page(network, GOOGLE_PAGE, PAGE_NAME, GOOGLE_BRAND_USER, null));
      }
    }
    for (Person p : PEOPLE) {
      long id =
          switch (network) {
            case FACEBOOK -> p.facebook();
            case TWITTER -> p.twitter();
            case GOOGLE -> p.google();
          };
      all.add(
          new Actor(
              id,
              network,
              ActorKind.PERSON,
              p.name(),
              network == Network.TWITTER ? p.handle() : null,
              null,
              null,
              null,
              null,
              p.hidden() && network == Network.FACEBOOK));
    }
    return all;
  }

  /** The brand's page (Facebook, Google+) or account (Twitter): the stream the demo fills. */
  public static long brandPage(Network network) {
    return switch (network) {
      case FACEBOOK -> FACEBOOK_PAGE;
      case TWITTER -> TWITTER_BRAND;
      case GOOGLE -> GOOGLE_PAGE;
    };
  }

  private static Actor user(
      Network network, long id, String name, String handle, String email, String hash) {
    return new Actor(id, network, ActorKind.USER, name, handle, email, hash, null, null, false);
  }

  private static Actor page(Network network, long id, String name, long owner, String category) {
    return new Actor(id, network, ActorKind.PAGE, name, null, null, null, owner, category, false);
  }
}
