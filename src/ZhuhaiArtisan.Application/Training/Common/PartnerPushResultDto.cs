using ZhuhaiArtisan.Domain.Training.PartnerRecords;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>The outcome of a bulk push, with one result per row in the order sent.</summary>
public sealed record PartnerPushResultDto(
    PartnerRecordKind Kind,
    int Received,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<PartnerPushRowResult> Rows);
