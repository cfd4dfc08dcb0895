package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An opinion voiced at the meeting, with who said it. */
@Entity
@Table(name = "opinion")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private MeetingRecord record;

    @Column(nullable = false)
    private int position;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(nullable = false)
    private String speaker;

    @Column(nullable = false)
    private String text;

    protected Opinion() {
        this.record = null;
        this.speaker = "";
        this.text = "";
    }

    public Opinion(MeetingRecord record, int position, @Nullable Long memberId, String speaker, String text) {
        this.record = record;
        this.position = position;
        this.memberId = memberId;
        this.speaker = speaker;
        this.text = text;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }
}
