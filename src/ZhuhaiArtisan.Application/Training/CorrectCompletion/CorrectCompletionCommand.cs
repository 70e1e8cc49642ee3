using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.CorrectCompletion;

/// <summary>Corrects a completion (result, certificate, date): it is matched again against the enrolment as it stands now.</summary>
public sealed record CorrectCompletionCommand(
    Guid ClassId,
    Guid CompletionId,
    VersionPrecondition IfMatch,
    AssessmentResult? Result,
    Guid? CertificateId,
    DateOnly? CompletedOn) : ICommand<TrainingCompletionDto>, ICompletionInput;
