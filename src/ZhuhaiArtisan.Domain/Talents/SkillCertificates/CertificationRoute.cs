namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates;

/// <summary>How a 职业技能等级证书 was obtained.</summary>
public enum CertificationRoute
{
    /// <summary>社会化评价 by a recognised evaluation organisation.</summary>
    SocialEvaluation,

    /// <summary>企业自主认定: a key-industry enterprise recognises its own employee's level.</summary>
    EnterpriseSelfRecognition,

    /// <summary>院校 1+X: a certificate earned alongside a diploma.</summary>
    College1PlusX,

    /// <summary>技能竞赛获奖: awarded with a competition result.</summary>
    CompetitionAward,

    /// <summary>澳门职业能力证明书采认: a Macao vocational-competence certificate recognised.</summary>
    MacaoRecognition,

    /// <summary>破格或直接认定: exceptional or direct recognition.</summary>
    ExceptionalRecognition,
}
