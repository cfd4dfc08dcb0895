package vn.chibo.crash;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.Application;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.service.RunAs;

/**
 * The application, started on a data directory, writing members into the primary school as its secretary as
 * fast as it can; each write the service has returned (committed) is appended to an acknowledgement file and
 * forced to disk before the next one. {@link CrashSafetyTest} kills it with SIGKILL in the middle.
 * Arguments: data directory, acknowledgement file, first number.
 */
public final class CrashWriter {

    public static void main(String[] args) {
        try {
            write(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the web server's threads would keep a failed writer alive
        }
    }

    private static void write(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--chibo.data-dir=" + args[0],
                "--server.port=0",
                "--logging.level.root=warn",
                "--chibo.backup.cron=-");
        MemberService members = app.getBean(MemberService.class);
        OrganizationService organizations = app.getBean(OrganizationService.class);
        RunAs runAs = app.getBean(RunAs.class);
        long cell = runAs.call(
                "bithu", () -> organizations.readableCells().getFirst().id());
        try (FileChannel acks = FileChannel.open(
                Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            System.out.println("WRITING");
            for (long n = Long.parseLong(args[2]); ; n++) {
                long number = n;
                long id = runAs.call("bithu", () -> members.create(cell, member(number)));
                acks.write(ByteBuffer.wrap((number + "\t" + id + "\n").getBytes(StandardCharsets.UTF_8)));
                acks.force(true);
            }
        }
    }

    /** "Ghi Thử Bcd" for 123: names may not contain digits. */
    static String name(long n) {
        StringBuilder letters = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            letters.append((char) ('a' + (c - '0')));
        }
        letters.setCharAt(0, Character.toUpperCase(letters.charAt(0)));
        return "Ghi Thử " + letters;
    }

    private static MemberData member(long n) {
        MemberData d = new MemberData();
        d.setFullName(name(n));
        d.setGender(n % 2 == 0 ? Gender.NAM : Gender.NU);
        d.setBirthDate(LocalDate.of(1980, 1, 1).plusDays(n));
        d.setAdmissionDate(LocalDate.of(2010, 5, 19));
        d.setOfficialDate(LocalDate.of(2011, 5, 19));
        d.setStatus(MemberStatus.CHINH_THUC);
        d.setPosition(Position.DANG_VIEN);
        d.setStrengths(List.of("Thử ghi"));
        return d;
    }

    private CrashWriter() {}
}
