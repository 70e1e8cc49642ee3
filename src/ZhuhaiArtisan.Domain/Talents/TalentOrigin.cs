namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>Where a talent comes from: needed for the “引进” (introduced) and retention statistics.</summary>
public enum TalentOrigin
{
    /// <summary>Household registered in Zhuhai.</summary>
    Local,

    /// <summary>From outside the city.</summary>
    OutsideCity,
}
