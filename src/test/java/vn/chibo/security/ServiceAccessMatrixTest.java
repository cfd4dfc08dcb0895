package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * The service layer, the same way as {@link AccessMatrixTest} does the pages: every public service method that
 * takes the id of a cell, plan, topic, meeting, member, account… is called with the primary school's ids by a
 * member, a secretary and the committee of another commune, and must be refused before it does anything. The
 * methods found are enumerated from the application context, so a new one is checked without being listed.
 * (Allowed calls are covered by each feature's tests.) Its own database: a wrongly allowed write must not
 * disturb the shared demo.
 */
@Slow
@ChiboSpringTest
@TestPropertySource(properties = "chibo.test.context=service-matrix")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ServiceAccessMatrixTest {

    static final List<String> OUTSIDERS = List.of("dangvien.hm", "bithu.hm", "danguy.hv");

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void noServiceMethodServesAnotherCellsIds() throws Exception {
        Map<String, Long> ids = ids();
        List<String> allowed = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        Set<String> notIdScoped = new TreeSet<>();
        int calls = 0;
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("vn.chibo")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !method.isAnnotationPresent(PreAuthorize.class)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                if (Arrays.stream(method.getParameters())
                        .noneMatch(p -> ids.containsKey(p.getName()) || ids.containsKey(single(p.getName())))) {
                    notIdScoped.add(name);
                    continue;
                }
                checked.add(name);
                for (String user : OUTSIDERS) {
                    users.login(user);
                    calls++;
                    String outcome = call(bean, method, ids);
                    if (outcome != null) {
                        allowed.add(name + " as " + user + ": " + outcome);
                    }
                }
            }
        }
        System.out.printf(
                "[service matrix] %d id-taking service methods × %d outsiders = %d calls, all refused: %s%n",
                checked.size(), OUTSIDERS.size(), calls, allowed.isEmpty());
        System.out.println("[service matrix] not id-scoped (scoped to the caller's own cells instead): " + notIdScoped);
        assertThat(checked).as("the enumeration found the services").hasSizeGreaterThan(60);
        assertThat(allowed)
                .as("service methods that served another commune's records")
                .isEmpty();
    }

    /** null when refused by the access rules, else what happened. */
    private String call(Object bean, Method method, Map<String, Long> ids) {
        Object[] args = new Object[method.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(method.getParameters()[i], ids);
        }
        // inside a transaction that is always rolled back: methods meant to join their caller's can be reached,
        // and nothing a wrongly allowed call writes is kept
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        return rollback.execute(status -> {
            status.setRollbackOnly();
            return invoke(bean, method, args);
        });
    }

    private static String invoke(Object bean, Method method, Object[] args) {
        try {
            Object result = method.invoke(bean, args);
            // "may I?" questions answer no rather than refuse
            return Boolean.FALSE.equals(result) ? null : "allowed";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AccessDeniedException || cause instanceof AuthorizationDeniedException) {
                return null;
            }
            return cause.getClass().getSimpleName() + " " + cause.getMessage();
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return "could not be called: " + e.getMessage() + " " + Arrays.toString(method.getParameterTypes());
        }
    }

    private static Object argument(Parameter p, Map<String, Long> ids) {
        Class<?> t = p.getType();
        Long id = ids.get(p.getName());
        if (id != null && (t == long.class || t == Long.class)) {
            return id;
        }
        if (Set.class.isAssignableFrom(t)) {
            return Set.of();
        }
        if (Collection.class.isAssignableFrom(t)) {
            Long one = ids.get(single(p.getName()));
            return one == null ? List.of() : List.of(one);
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == int.class) {
            return TestTime.today().getYear();
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == String.class) {
            return "x";
        }
        if (t == LocalDate.class) {
            return TestTime.today();
        }
        if (t == LocalDateTime.class) {
            return TestTime.dateTime();
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == byte[].class) {
            return new byte[0];
        }
        return null;
    }

    /** "cellIds" → "cellId": a collection of ids is asked with one of the primary school's. */
    private static String single(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    /** Parameter name → an id of the primary school's records (the committee: its đảng bộ). */
    private Map<String, Long> ids() {
        long cell = demo.primarySchool();
        long topic = one("select max(d.topic_id) from draft d where d.cell_id = ? and d.latest_number > 0", cell);
        long member = one("select min(id) from member where cell_id = ?", cell);
        return Map.ofEntries(
                Map.entry("cellId", cell),
                Map.entry("organizationId", cell),
                Map.entry("committeeId", one("select parent_id from party_organization where id = ?", cell)),
                Map.entry("planId", one("select max(id) from annual_plan where cell_id = ?", cell)),
                Map.entry("topicId", topic),
                Map.entry("topicA", topic),
                Map.entry("memberId", member),
                Map.entry("newAuthorId", member),
                Map.entry(
                        "meetingId", one("select max(id) from meeting where cell_id = ? and status = 'LOCKED'", cell)),
                Map.entry("recordId", one("select max(id) from meeting_record where cell_id = ?", cell)),
                Map.entry(
                        "accountId",
                        one(
                                "select id from user_account where organization_id = ? and role = 'SECRETARY'"
                                        + " order by id fetch first 1 rows only",
                                cell)),
                Map.entry(
                        "attachmentId",
                        one(
                                "select max(a.id) from draft_attachment a join draft d on d.id = a.draft_id"
                                        + " where d.cell_id = ?",
                                cell)),
                Map.entry("commendationId", one("select max(id) from commendation where cell_id = ?", cell)),
                Map.entry(
                        "commentId",
                        one(
                                "select max(c.id) from draft_comment c join draft d on d.id = c.draft_id"
                                        + " where d.cell_id = ?",
                                cell)),
                Map.entry(
                        "notificationId",
                        one(
                                "select max(n.id) from notification n join member m on m.id = n.member_id"
                                        + " where m.cell_id = ?",
                                cell)));
    }

    private long one(String sql, long arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }
}
