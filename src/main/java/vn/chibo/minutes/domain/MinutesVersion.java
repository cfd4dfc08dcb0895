package vn.chibo.minutes.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The official text of locked minutes as a Word file, made once and never again: number 0 at the lock, number N
 * with the first N addenda. Every reader gets these bytes, so the signed paper and every download agree.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] docx;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MinutesVersion() {
        this.docx = new byte[0];
        this.sha256 = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public MinutesVersion(long recordId, int number, byte[] docx, String createdBy, Instant createdAt) {
        this.recordId = recordId;
        this.number = number;
        this.docx = docx.clone();
        this.sha256 = sha256(docx);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int getNumber() {
        return number;
    }

    public byte[] getDocx() {
        return docx.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
