namespace ZhuhaiArtisan.Domain.Training.Completions;

/// <summary>
/// Why a completion does not match its enrolment (data lock, DESIGN §6). Each is a stable code
/// the institution or partner sees and fixes.
/// </summary>
public enum CompletionMismatch
{
    /// <summary>The talent is not enrolled in the class.</summary>
    NotEnrolled,

    /// <summary>The hours attended are below the class's planned hours.</summary>
    AttendanceBelowRequiredHours,

    /// <summary>The certificate named is not one of the talent's.</summary>
    CertificateNotTheTalents,

    /// <summary>The completion date is before the class ends.</summary>
    CompletedBeforeClassEnd,

    /// <summary>A certificate is named for a failed assessment.</summary>
    CertificateWithoutPass,
}
