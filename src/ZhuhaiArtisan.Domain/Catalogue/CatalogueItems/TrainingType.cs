namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>The kinds of subsidised training 珠府办函〔2023〕100号 names.</summary>
public enum TrainingType
{
    /// <summary>新型学徒制, with local schools (§三(一)1, §三(二)2).</summary>
    NewApprenticeship,

    /// <summary>定向技能培训 for key enterprises (§三(二)2).</summary>
    TargetedTraining,

    /// <summary>学生学徒或“技培生”培训, 3 to 6 months around graduation (§二(一), §三(一)3).</summary>
    StudentApprentice,

    /// <summary>产业工人技能提升 (§二(二)).</summary>
    SkillUpgrading,

    /// <summary>新业态和全民数字素养提升 (§二(二)).</summary>
    DigitalLiteracy,

    /// <summary>安全生产和质量管理进企业 (§二(二)).</summary>
    SafetyProduction,
}
