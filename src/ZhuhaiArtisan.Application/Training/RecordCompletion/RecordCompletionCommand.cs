using Mediator;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.RecordCompletion;

/// <summary>
/// Records a trainee's completion of a class: the assessment result, the date, and optionally
/// the skill certificate it led to. It is matched against the enrolment and comes back accepted
/// or rejected with coded mismatches.
/// </summary>
public sealed record RecordCompletionCommand(
    Guid ClassId,
    Guid? TalentId,
    AssessmentResult? Result,
    Guid? CertificateId,
    DateOnly? CompletedOn) : ICommand<TrainingCompletionDto>, ICompletionInput;
