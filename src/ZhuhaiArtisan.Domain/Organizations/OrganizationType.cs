namespace ZhuhaiArtisan.Domain.Organizations;

public enum OrganizationType
{
    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>职业院校 (高职、中职).</summary>
    VocationalCollege,

    /// <summary>技工院校.</summary>
    TechnicalSchool,

    /// <summary>职业培训机构.</summary>
    TrainingInstitution,
}
