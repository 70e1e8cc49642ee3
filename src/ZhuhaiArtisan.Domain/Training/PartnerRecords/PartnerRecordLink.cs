using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Domain.Training.PartnerRecords;

/// <summary>
/// Ties a partner's own id for a record (France's Mission Apprentissage keeps the partner's ids)
/// to the platform's record, with a fingerprint of the row last applied: a row pushed again
/// unchanged is recognised and changes nothing twice.
/// </summary>
public sealed class PartnerRecordLink
{
    public const int ExternalIdMaxLength = 64;
    public const int FingerprintLength = 64;

    private PartnerRecordLink()
    {
    }

    public PartnerClientId PartnerId { get; private set; }

    public PartnerRecordKind Kind { get; private set; }

    public string ExternalId { get; private set; } = null!;

    /// <summary>The platform's record: a class, an enrolment, an enrolment's session (its enrolment) or a completion.</summary>
    public Guid RecordId { get; private set; }

    /// <summary>For attendance, the session date within the enrolment.</summary>
    public DateOnly? SessionDate { get; private set; }

    public string Fingerprint { get; private set; } = null!;

    public DateTimeOffset PushedAt { get; private set; }

    public static PartnerRecordLink Of(PartnerClientId partnerId, PartnerRecordKind kind, string externalId, Guid recordId, DateOnly? sessionDate, string fingerprint, DateTimeOffset now) =>
        new()
        {
            PartnerId = partnerId,
            Kind = kind,
            ExternalId = externalId,
            RecordId = recordId,
            SessionDate = sessionDate,
            Fingerprint = fingerprint,
            PushedAt = now,
        };

    public void Repoint(Guid recordId, DateOnly? sessionDate, string fingerprint, DateTimeOffset now)
    {
        RecordId = recordId;
        SessionDate = sessionDate;
        Fingerprint = fingerprint;
        PushedAt = now;
    }
}
