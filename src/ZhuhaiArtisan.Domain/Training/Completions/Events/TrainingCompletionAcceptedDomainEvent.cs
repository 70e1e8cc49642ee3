using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Domain.Training.Completions.Events;

/// <summary>A completion matched its enrolment (recorded, or corrected into a match); <paramref name="PushedByPartner"/> when a partner pushed it.</summary>
public sealed record TrainingCompletionAcceptedDomainEvent(
    TrainingCompletionId CompletionId,
    TrainingClassId ClassId,
    OrganizationId InstitutionId,
    TalentId TalentId,
    AssessmentResult Result,
    PartnerClientId? PushedByPartner,
    DateTimeOffset OccurredAt) : IDomainEvent;
