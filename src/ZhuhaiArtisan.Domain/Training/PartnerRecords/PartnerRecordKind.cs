namespace ZhuhaiArtisan.Domain.Training.PartnerRecords;

/// <summary>What a partner pushes in bulk; each kind has its own space of external ids.</summary>
public enum PartnerRecordKind
{
    Classes,
    Enrolments,
    Attendance,
    Completions,
}
