package vn.chibo.minutes.service;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.chibo.base.i18n.Translations;
import vn.chibo.document.IssuingBody;
import vn.chibo.document.PartyDocument;
import vn.chibo.document.VietnameseDates;
import vn.chibo.minutes.domain.Commendation;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.service.IssuedNumber;

/**
 * The paper of a commendation as the cell issues it. Praise is the cell's own decision (QUYẾT ĐỊNH biểu dương:
 * grounds, articles); an award is only proposed to the upper committee (TỜ TRÌNH: Kính gửi the named committee,
 * grounds, the member and what they achieved, the proposal, the closing). Both are signed for the cell by its
 * secretary — by the deputy when the paper concerns the secretary: nobody signs a paper for themselves.
 */
@Component
class CommendationPaper {

    private final OrganizationService organizations;
    private final MemberService members;
    private final Translations text;

    CommendationPaper(OrganizationService organizations, MemberService members, Translations text) {
        this.organizations = organizations;
        this.members = members;
        this.text = text;
    }

    byte[] docx(Commendation c, IssuedNumber number) {
        List<OrganizationInfo> chain = organizations.ancestry(c.getCellId());
        OrganizationInfo cell = chain.getLast();
        String parent = chain.size() >= 2 ? chain.get(chain.size() - 2).name() : "";
        String place = cell.place() != null
                ? cell.place()
                : chain.size() >= 2 && chain.get(chain.size() - 2).place() != null
                        ? chain.get(chain.size() - 2).place()
                        : "";
        List<MemberSummary> people = members.summaries(c.getCellId());
        String position = people.stream()
                .filter(m -> m.id() == c.getMemberId() && m.position() != Position.DANG_VIEN)
                .findFirst()
                .map(m -> text.vi("doc.minutes.position." + m.position().name()))
                .orElse("");
        String who = c.getMemberName() + (position.isEmpty() ? "" : ", " + position.toLowerCase(Locale.of("vi")));
        String committee = IssuingBody.committeeOf(parent);
        String day = VietnameseDates.date(c.getAwardedOn());
        PartyDocument doc = PartyDocument.a4()
                .header(parent, cell.name(), number.printed(), VietnameseDates.placeAndDate(place, number.issuedOn()));
        List<String> recipients;
        if (c.getKind() == CommendationKind.PROPOSAL) {
            doc.title(text.vi("doc.paper.proposal.type"), text.vi("doc.paper.proposal.summary"))
                    .paragraph(text.vi("doc.paper.to", committee))
                    .paragraph(text.vi("doc.paper.groundStatute"))
                    .paragraph(text.vi("doc.paper.groundRules"))
                    .paragraph(text.vi("doc.paper.groundMeeting", day))
                    .paragraph(text.vi("doc.paper.proposal.body", cell.name(), committee, who))
                    .paragraph(c.getReason())
                    .paragraph(text.vi("doc.paper.proposal.closing", committee));
            recipients = List.of(text.vi("doc.paper.recipientAbove"), text.vi("doc.paper.recipientFile"));
        } else {
            doc.title(text.vi("doc.paper.praise.type"), text.vi("doc.paper.praise.summary"))
                    .paragraph(text.vi("doc.paper.praise.issuer", cell.name().toUpperCase(Locale.of("vi"))))
                    .paragraph(text.vi("doc.paper.groundStatute"))
                    .paragraph(text.vi("doc.paper.groundRules"))
                    .paragraph(text.vi("doc.paper.groundMeeting", day))
                    .paragraph(text.vi("doc.paper.praise.decides"))
                    .paragraph(text.vi("doc.paper.praise.article1", who, c.getReason()))
                    .paragraph(text.vi("doc.paper.praise.article2", c.getMemberName()));
            recipients = List.of(text.vi("doc.paper.recipientArticle2"), text.vi("doc.paper.recipientFile"));
        }
        return doc.recipientsAndSignature(text.vi("doc.recipients"), recipients, signer(people, c.getMemberId()))
                .toBytes();
    }

    /** The secretary signs for the cell; a paper about the secretary is signed by the deputy. */
    private PartyDocument.SignatureBlock signer(List<MemberSummary> people, long about) {
        MemberSummary secretary = people.stream()
                .filter(m -> m.position() == Position.BI_THU)
                .findFirst()
                .orElse(null);
        MemberSummary signer = secretary;
        if (secretary == null || secretary.id() == about) {
            signer = people.stream()
                    .filter(m -> m.position() == Position.PHO_BI_THU && m.id() != about)
                    .findFirst()
                    .orElse(null);
        }
        String title = signer == null || signer.position() == Position.BI_THU
                ? text.vi("doc.secretary")
                : text.vi("doc.deputySecretary");
        return new PartyDocument.SignatureBlock(
                List.of(text.vi("doc.onBehalfOfCell"), title), null, signer == null ? "" : signer.fullName());
    }
}
