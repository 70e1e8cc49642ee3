using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents.Honours.Rules;

namespace ZhuhaiArtisan.Domain.Talents.Honours;

/// <summary>
/// A title conferred on a talent in a year by a conferring body. It appears on the public honour
/// roll only while the person consents to its publication.
/// </summary>
public sealed class Honour : AggregateRoot, IVersioned
{
    public const int ConferringBodyMaxLength = 128;
    public const int EventMaxLength = 128;
    public const int RankMaxLength = 32;
    public const int CoachMaxLength = 64;
    public const int EarliestYear = 2000;

    private Honour()
    {
    }

    public HonourId Id { get; private set; }

    public TalentId TalentId { get; private set; }

    public HonourKind Kind { get; private set; }

    public int Year { get; private set; }

    public string ConferringBody { get; private set; } = null!;

    public string? DistrictCode { get; private set; }

    public OrganizationId? EnterpriseId { get; private set; }

    public string? CompetitionEvent { get; private set; }

    /// <summary>What tells two honours of one kind and year apart: the event of a competition award; nothing for a title, held once a year.</summary>
    public string Distinction { get; private set; } = string.Empty;

    public string? CompetitionRank { get; private set; }

    public string? Coach { get; private set; }

    public bool PublicationConsented { get; private set; }

    public Provenance Provenance { get; private set; } = null!;

    public int Version { get; private set; }

    public static Honour Confer(
        HonourId id,
        TalentId talentId,
        HonourKind kind,
        int year,
        string conferringBody,
        string? districtCode,
        OrganizationId? enterpriseId,
        string? competitionEvent,
        string? competitionRank,
        string? coach,
        bool publicationConsented,
        Provenance provenance)
    {
        CheckRule(new HonourMustNameItsConferrerRule(kind, districtCode, enterpriseId));
        CheckRule(new CompetitionAwardMustNameItsEventRule(kind, competitionEvent));
        return new Honour
        {
            Id = id,
            TalentId = talentId,
            Kind = kind,
            Year = year,
            ConferringBody = conferringBody,
            DistrictCode = districtCode,
            EnterpriseId = enterpriseId,
            CompetitionEvent = competitionEvent,
            Distinction = DistinctionOf(kind, competitionEvent),
            CompetitionRank = competitionRank,
            Coach = coach,
            PublicationConsented = publicationConsented,
            Provenance = provenance,
            Version = 1,
        };
    }

    public static string DistinctionOf(HonourKind kind, string? competitionEvent) =>
        kind == HonourKind.CompetitionAward ? competitionEvent?.Trim() ?? string.Empty : string.Empty;

    /// <summary>The person gives or withdraws consent to appear on the public honour roll.</summary>
    public void ChangePublicationConsent(bool consents)
    {
        if (consents == PublicationConsented)
        {
            return;
        }

        PublicationConsented = consents;
        Version++;
    }
}
