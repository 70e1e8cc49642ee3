using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Domain.Training.Completions.Events;

/// <summary>A completion did not match its enrolment; <paramref name="Mismatches"/> says how; <paramref name="PushedByPartner"/> when a partner pushed it.</summary>
public sealed record TrainingCompletionRejectedDomainEvent(
    TrainingCompletionId CompletionId,
    TrainingClassId ClassId,
    OrganizationId InstitutionId,
    TalentId TalentId,
    IReadOnlyList<CompletionMismatch> Mismatches,
    PartnerClientId? PushedByPartner,
    DateTimeOffset OccurredAt) : IDomainEvent;
