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
        assertThat(PasswordPolicy.problem("Sen-hong-bay-7", "hoan")).isEmpty();
        assertThat(PasswordPolicy.problem("tra-da-via-he-42", "hoan")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsFromTheShippedList() {
        for (String common : new String[] {
            "password1",
            "Password123",
            "P@ssw0rd",
            "p@ssw0rd2024!",
            "qwerty123",
            "1q2w3e4r",
            "abc12345",
            "iloveyou1",
            "Matkhau123",
            "anhyeuem1",
            "vietnam2024",
            "Dangvien1",
            "admin@123"
        }) {
            assertThat(PasswordPolicy.problem(common, "hoan")).as(common).contains("password.common");
        }
    }
}
