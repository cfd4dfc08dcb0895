package vn.chibo.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files kept outside the database, named by the SHA-256 of their content ({@code ab/cd/abcd…}): the same file
 * uploaded twice is stored once, a name typed by a user never becomes a path, and a half-written file never
 * takes a real name (it is written beside it and moved into place).
 */
@Component
public class FileStore {

    /** What was stored. */
    public record Stored(String sha256, long size) {}

    private final Path root;

    FileStore(@Value("${chibo.files.dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Stored store(Path source) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
                    size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = pathOf(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                return new Stored(hash, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Deletes a stored file once nothing refers to it any more (the caller knows). */
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
