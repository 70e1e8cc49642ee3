using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>What a completion says, recorded or corrected.</summary>
public interface ICompletionInput
{
    AssessmentResult? Result { get; }

    Guid? CertificateId { get; }

    DateOnly? CompletedOn { get; }
}
