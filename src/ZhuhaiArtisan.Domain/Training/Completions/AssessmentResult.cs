namespace ZhuhaiArtisan.Domain.Training.Completions;

/// <summary>The outcome of the class's final assessment (结业考核).</summary>
public enum AssessmentResult
{
    Passed,
    Failed,
}
