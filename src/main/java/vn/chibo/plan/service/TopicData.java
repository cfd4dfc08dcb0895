package vn.chibo.plan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.plan.domain.PlanTopic;

/** The editable fields of a topic, as the form binds them, with the version it was read at. */
public class TopicData {

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "{plan.error.titleRequired}")
    @Size(max = PlanService.MAX_TITLE, message = "{error.tooLong}")
    private String title = "";

    private @Nullable Long categoryId;

    @Size(max = 4000, message = "{error.tooLong}")
    private @Nullable String goals;

    private int targetMonth = 1;
    private @Nullable Long inChargeId;
    private @Nullable String notes;
    private @Nullable String materials;
    private List<String> keywords = new ArrayList<>();

    /** A form for an existing topic, read at {@code version}. */
    public static TopicData existing(long id, long version) {
        TopicData d = new TopicData();
        d.id = id;
        d.version = version;
        return d;
    }

    public static TopicData of(PlanTopic t) {
        TopicData d = new TopicData();
        d.id = t.getId();
        d.version = t.getVersion();
        d.title = t.getTitle();
        d.categoryId = t.getCategory() == null ? null : t.getCategory().getId();
        d.goals = t.getGoals();
        d.targetMonth = t.getTargetMonth();
        d.inChargeId = t.getInCharge() == null ? null : t.getInCharge().getId();
        d.notes = t.getNotes();
        d.materials = t.getMaterials();
        d.keywords = new ArrayList<>(t.getKeywords());
        return d;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public @Nullable Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(@Nullable Long categoryId) {
        this.categoryId = categoryId;
    }

    public @Nullable String getGoals() {
        return goals;
    }

    public void setGoals(@Nullable String goals) {
        this.goals = goals;
    }

    public int getTargetMonth() {
        return targetMonth;
    }

    public void setTargetMonth(int targetMonth) {
        this.targetMonth = targetMonth;
    }

    public @Nullable Long getInChargeId() {
        return inChargeId;
    }

    public void setInChargeId(@Nullable Long inChargeId) {
        this.inChargeId = inChargeId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getMaterials() {
        return materials;
    }

    public void setMaterials(@Nullable String materials) {
        this.materials = materials;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords == null ? new ArrayList<>() : new ArrayList<>(keywords);
    }
}
