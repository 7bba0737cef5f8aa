package org.crmsocial.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

  /** A request from {@code remote} over plain HTTP with {@code headers}. */
  static HttpServletRequest request(String remote, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            TransportSecurityTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> false;
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  static TransportSecurity demo() {
    return new TransportSecurity(false, "10.0.0.5, 10.0.0.6", Optional.empty());
  }

  @Test
  void productionAndAnHttpsPublicUrlMakeTheSiteHttpsOnly() { // HTTPS in production
    assertThat(demo().httpsOnly()).isFalse();
    assertThat(new TransportSecurity(true, " ", Optional.empty()).httpsOnly()).isTrue();
    assertThat(
            new TransportSecurity(false, " ", Optional.of("https://crm.example.com")).httpsOnly())
        .isTrue();
    assertThat(new TransportSecurity(false, " ", Optional.of("http://crm.example.com")).httpsOnly())
        .isFalse();
    HttpServletRequest plain = request("192.0.2.1", Map.of("Host", "crm.example.com"));
    assertThat(new TransportSecurity(true, " ", Optional.empty()).sendsHsts(plain)).isTrue();
    assertThat(demo().sendsHsts(plain)).isFalse();
  }

  @Test
  void forwardedHeadersAreBelievedOnlyFromTrustedProxies() { // HTTPS in production
    Map<String, String> viaProxy =
        Map.of("Host", "backend:9080", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "crm.io");
    assertThat(demo().sendsHsts(request("10.0.0.5", viaProxy))).isTrue();
    assertThat(demo().sendsHsts(request("192.0.2.1", viaProxy))).as("not a proxy").isFalse();
    assertThat(demo().isThisSite("https://crm.io", request("10.0.0.6", viaProxy))).isTrue();
    assertThat(demo().isThisSite("https://crm.io", request("192.0.2.1", viaProxy))).isFalse();
  }

  @Test
  void anOriginIsThisSiteOnlyWithTheHostAndPortTheBrowserAddressed() { // forged posts
    HttpServletRequest req = request("192.0.2.1", Map.of("Host", "localhost:9080"));
    TransportSecurity t = demo();
    assertThat(t.isThisSite("http://localhost:9080", req)).isTrue();
    assertThat(t.isThisSite("http://localhost:9080/app/leads/index.xhtml?x=1", req)).isTrue();
    assertThat(t.isThisSite("http://LOCALHOST:9080", req)).isTrue();
    assertThat(t.isThisSite("http://localhost:9081", req)).isFalse();
    assertThat(t.isThisSite("http://evil.example", req)).isFalse();
    assertThat(t.isThisSite("http://localhost:9080.evil.example", req)).isFalse();
    assertThat(t.isThisSite("null", req)).isFalse();
    assertThat(t.isThisSite("", req)).isFalse();
    HttpServletRequest https = request("192.0.2.1", Map.of("Host", "crm.example.com"));
    assertThat(t.isThisSite("https://crm.example.com", https)).isTrue();
    assertThat(t.isThisSite("https://crm.example.com:443", https)).isTrue();
    TransportSecurity behindProxy =
        new TransportSecurity(true, " ", Optional.of("https://crm.example.com/"));
    assertThat(behindProxy.isThisSite("https://crm.example.com", request("10.1.1.1", Map.of())))
        .isTrue();
  }
}
