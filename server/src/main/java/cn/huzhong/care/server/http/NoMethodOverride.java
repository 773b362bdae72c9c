package cn.huzhong.care.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Javalin takes {@code X-HTTP-Method-Override} as the request's method (a POST becomes a DELETE), which this API
 * neither documents nor wants: a proxy or firewall that allows POSTs would let DELETEs through. This filter hides
 * the header (and its {@code X-HTTP-Method} and {@code X-Method-Override} siblings) so a request is always what its
 * request line says.
 */
public final class NoMethodOverride implements Filter {
    private static boolean hidden(String name) {
        return name.equalsIgnoreCase("X-HTTP-Method-Override") || name.equalsIgnoreCase("X-HTTP-Method")
                || name.equalsIgnoreCase("X-Method-Override");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getHeader("X-HTTP-Method-Override") == null && http.getHeader("X-HTTP-Method") == null
                && http.getHeader("X-Method-Override") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override
            public String getHeader(String name) {
                return hidden(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !hidden(n)).toList());
            }
        }, response);
    }
}
