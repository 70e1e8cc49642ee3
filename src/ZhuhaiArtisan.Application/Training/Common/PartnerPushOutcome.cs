namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>What a pushed row did.</summary>
public enum PartnerPushOutcome
{
    /// <summary>A new record, linked to the row's external id.</summary>
    Created,

    /// <summary>The record of the external id, changed as the row says.</summary>
    Updated,

    /// <summary>The row says what the record already says (a replayed or overlapping batch).</summary>
    Unchanged,

    /// <summary>Nothing of the row was taken; errors says why, field by field.</summary>
    Rejected,
}
