package vn.chibo.register.service;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chibo.register.domain.DocumentKind;

/**
 * An organisation's register as its settings form shows it: the current term (none yet: the first issue opens
 * one from 1 January of its year), and per kind the next number and the lowest next number allowed (one past the
 * highest given: a number is never given twice).
 */
public record RegisterSettings(
        long organizationId,
        String issuer,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Map<DocumentKind, Integer> next,
        Map<DocumentKind, Integer> lowest) {}
