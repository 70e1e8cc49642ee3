namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>The city's recognition that an organisation may deliver subsidised training, for a period (local dates).</summary>
public sealed record TrainingQualification(DateOnly ValidFrom, DateOnly ValidUntil)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && date <= ValidUntil;
}
