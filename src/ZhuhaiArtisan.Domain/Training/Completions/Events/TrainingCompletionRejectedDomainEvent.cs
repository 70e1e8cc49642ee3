using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Domain.Training.Completions.Events;

/// <summary>A completion did not match its enrolment; <paramref name="Mismatches"/> says how.</summary>
public sealed record TrainingCompletionRejectedDomainEvent(
    TrainingCompletionId CompletionId,
    TrainingClassId ClassId,
    OrganizationId InstitutionId,
    TalentId TalentId,
    IReadOnlyList<CompletionMismatch> Mismatches,
    DateTimeOffset OccurredAt) : IDomainEvent;
