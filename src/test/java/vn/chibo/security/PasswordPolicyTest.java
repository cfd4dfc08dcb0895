package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.security.service.PasswordPolicy;

class PasswordPolicyTest {

    @Test
    void rejectsWeakPasswordsWithTheRuleBroken() {
        assertThat(PasswordPolicy.problem("abc1", "hoan")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("hoan12345", "hoan")).contains("password.containsUsername");
        assertThat(PasswordPolicy.problem("onlyletters", "hoan")).contains("password.needsMix");
        assertThat(PasswordPolicy.problem("1234567890", "hoan")).contains("password.needsMix");
        assertThat(PasswordPolicy.problem("x".repeat(129) + "1", "hoan")).contains("password.tooLong");
    }

    @Test
    void acceptsAReasonablePassword() {
        assertThat(PasswordPolicy.problem("ChiBo-2026", "hoan")).isEmpty();
    }
}
