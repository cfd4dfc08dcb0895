package vn.chibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs in the integration-test phase ({@code ./mvnw verify}, failsafe), not in the fast loop of
 * {@code ./mvnw test}: it drives Chromium, listens on a real port, starts PostgreSQL, LibreOffice or a process of
 * its own, needs a Spring context of its own (properties or a dirtied context another test cannot share), or
 * alone takes tens of seconds (an exhaustive access matrix, a fuzzer). The
 * Chromium journeys ({@code @Tag("journey")}) run there too. On a method, only that test goes there.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
