/* crm-social: counts a tweet as Twitter does (twitter-text v3), the same rules as the server's
   TweetLength: NFC, weight 1 below U+1100 and for some punctuation, 2 otherwise, an emoji sequence
   counts as one emoji, every URL as 23. The server checks again. */
window.CrmTweet = (function () {
  var URL = /\b(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|co|io|dev|info|biz|example)(?:\/[^\s<>"]*)?)/gi;
  function emoji(cp) { return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF); }
  function light(cp) {
    return cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F) || (cp >= 0x2032 && cp <= 0x2037);
  }
  function weigh(text) {
    var w = 0, inEmoji = false, cps = Array.from(text).map(function (c) { return c.codePointAt(0); });
    for (var i = 0; i < cps.length; i++) {
      var cp = cps[i];
      if (inEmoji && (cp === 0x200D || cp === 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF))) {
        if (cp === 0x200D && i + 1 < cps.length && emoji(cps[i + 1])) { i++; }
        continue;
      }
      inEmoji = emoji(cp);
      w += inEmoji ? 2 : (light(cp) ? 1 : 2);
    }
    return w;
  }
  function length(text) {
    var t = (text || '').normalize('NFC'), w = 0, from = 0, m;
    URL.lastIndex = 0;
    while ((m = URL.exec(t)) !== null) { w += weigh(t.substring(from, m.index)) + 23; from = m.index + m[0].length; }
    return w + weigh(t.substring(from));
  }
  return {
    length: length,
    count: function (area, outId) {
      var left = 280 - length(area.value.trim()), out = document.getElementById(outId);
      if (out) { out.textContent = left; out.className = left < 0 ? 'tweet-left over' : 'tweet-left'; }
    }
  };
})();
