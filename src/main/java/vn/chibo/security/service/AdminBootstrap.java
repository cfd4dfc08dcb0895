package vn.chibo.security.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chibo.security.domain.Role;

/**
 * A fresh production database has no account at all: create the first administrator, with the password
 * from {@code chibo.bootstrap.admin-password} (or a random one written to the log), to be changed at the
 * first login. Runs after the demo data, which brings its own accounts.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String configuredPassword;

    AdminBootstrap(AccountService accounts, @Value("${chibo.bootstrap.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countAccounts() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        SystemUser.run(() ->
                accounts.createWithPassword("admin", "Quản trị hệ thống", Role.ADMIN, null, null, password, true));
        if (generated) {
            log.warn(
                    "Created the first administrator 'admin' with the one-time password: {} "
                            + "(it must be changed at the first login)",
                    password);
        } else {
            log.warn("Created the first administrator 'admin' with the configured one-time password "
                    + "(it must be changed at the first login)");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return "Cb-" + HexFormat.of().formatHex(bytes);
    }
}
