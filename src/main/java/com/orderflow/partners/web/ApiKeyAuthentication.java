package com.orderflow.partners.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.orderflow.partners.PartnerKey;

/**
 * A request signed in with an API key: named {@code partner:<key name>}, in the role {@code partner},
 * with a {@code SCOPE_read} and/or {@code SCOPE_write} authority for what the key may do.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {
    static final String SCOPE_READ = "SCOPE_read";
    static final String SCOPE_WRITE = "SCOPE_write";
    private final PartnerKey key;

    ApiKeyAuthentication(PartnerKey key) {
        super(authorities(key));
        this.key = key;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(PartnerKey key) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + PartnerKey.ROLE));
        if (key.canRead()) {
            authorities.add(new SimpleGrantedAuthority(SCOPE_READ));
        }
        if (key.canWrite()) {
            authorities.add(new SimpleGrantedAuthority(SCOPE_WRITE));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return key.userId();
    }
}
