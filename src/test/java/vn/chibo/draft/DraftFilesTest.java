package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.draft.service.AttachmentRow;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.files.FileStore;
import vn.chibo.plan.service.PlanService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * Attachments with small limits (configured here as an operator would): size and type checks, who may
 * read a file, and serving it with byte ranges so a video can be sought.
 */
@Slow
@ChiboSpringTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"chibo.files.max-file-size=4KB", "chibo.files.max-draft-size=6KB"})
class DraftFilesTest {

    @Autowired
    DraftFiles files;

    @Autowired
    DraftService drafts;

    @Autowired
    PlanService plans;

    @Autowired
    FileStore store;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;

    long topic;

    @BeforeEach
    void aDraftWithoutFiles() {
        int year = TestTime.today().getYear();
        topic = demo.revisedTopic(demo.primarySchool(), year);
        users.login("dangvien");
        // the demo may have put a file in already, small enough for these limits: start from none
        drafts.details(topic).working().attachments().forEach(a -> files.remove(a.id()));
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aFileIsCheckedStoredAndServedWithByteRanges() throws Exception {
        Path png = png("a.png", 25);
        AttachmentRow row = files.attach(topic, drafts.details(topic).draftVersion(), "Biểu đồ kết quả.png", png);
        assertThat(row.contentType()).isEqualTo("image/png");
        assertThat(row.fileName()).isEqualTo("Biểu đồ kết quả.png");
        assertThat(drafts.details(topic).working().attachments())
                .extracting(AttachmentRow::id)
                .contains(row.id());
        byte[] stored = Files.readAllBytes(files.open(row.id()).path());
        assertThat(stored).isEqualTo(Files.readAllBytes(png));

        var ha = userDetails.loadUserByUsername("dangvien");
        mvc.perform(get(URI.create(row.url())).with(user(ha)).header("Range", "bytes=0-7"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-7/" + stored.length))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("sandbox")));
        mvc.perform(get(URI.create(row.url())).with(user(userDetails.loadUserByUsername("nhung"))))
                .andExpect(status().isNotFound()); // only in the working copy: private to the presenter
        mvc.perform(get(URI.create(row.url()))).andExpect(status().is3xxRedirection());

        users.login("dangvien"); // MockMvc leaves its own user behind on this thread
        DraftDetails submitted = drafts.submit(topic, drafts.details(topic).draftVersion(), "<p>Bản hai</p>", null);
        mvc.perform(get(URI.create(row.url())).with(user(userDetails.loadUserByUsername("nhung"))))
                .andExpect(status().isOk());
        mvc.perform(get(URI.create(row.url())).with(user(userDetails.loadUserByUsername("dangvien.thcs"))))
                .andExpect(status().isNotFound());

        users.login("dangvien");
        // taken off the working copy, it stays in version 2, which must stay readable
        files.remove(row.id());
        assertThat(drafts.details(topic).working().attachments())
                .extracting(AttachmentRow::id)
                .doesNotContain(row.id());
        assertThat(drafts.version(topic, submitted.progress().latestNumber()).attachments())
                .extracting(AttachmentRow::id)
                .contains(row.id());
        assertThat(Files.exists(files.open(row.id()).path())).isTrue();
    }

    @Test
    void tooBigWrongTypeAndTooMuchAreRefusedAndNothingIsKept() throws Exception {
        int before = drafts.details(topic).working().attachments().size();
        assertThatThrownBy(
                        () -> files.attach(topic, drafts.details(topic).draftVersion(), "lon.png", png("big.png", 80)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.tooBig");
        Path fake = Files.write(dir.resolve("x.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        assertThatThrownBy(() -> files.attach(topic, drafts.details(topic).draftVersion(), "bao cao.pdf", fake))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.content");
        long version = drafts.details(topic).draftVersion();
        AttachmentRow one = files.attach(topic, version, "mot.png", png("1.png", 28));
        AttachmentRow two = files.attach(topic, drafts.details(topic).draftVersion(), "hai.png", png("2.png", 29));
        assertThatThrownBy(() -> files.attach(topic, drafts.details(topic).draftVersion(), "ba.png", png("3.png", 30)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.draftFull");
        assertThat(drafts.details(topic).working().attachments()).hasSize(before + 2);
        // never part of a submitted version: removing them deletes them, from disk too
        Path stored = files.open(one.id()).path();
        files.remove(one.id());
        files.remove(two.id());
        assertThat(drafts.details(topic).working().attachments()).hasSize(before);
        assertThat(Files.exists(stored)).isFalse();
    }

    @Test
    void onlyThePresenterAttaches() throws Exception {
        users.login("nhung");
        Path png = png("n.png", 20);
        assertThatThrownBy(() -> files.attach(topic, 0, "x.png", png)).isInstanceOf(AccessDeniedException.class);
    }

    /** A PNG of about the given size in KB-ish units (random pixels do not compress). */
    private Path png(String name, int side) throws Exception {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                img.setRGB(x, y, random.nextInt());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return Files.write(dir.resolve(name), out.toByteArray());
        }
    }
}
