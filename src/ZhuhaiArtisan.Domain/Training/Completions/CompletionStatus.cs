namespace ZhuhaiArtisan.Domain.Training.Completions;

/// <summary>Whether a completion matched its enrolment (the data lock).</summary>
public enum CompletionStatus
{
    /// <summary>Matches the enrolment: the training record stands.</summary>
    Accepted,

    /// <summary>Does not match: each mismatch is listed with its code, for the institution or partner to fix.</summary>
    Rejected,
}
