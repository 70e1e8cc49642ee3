using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

/// <summary>
/// The small demo data set of the embedded default: one user of each role and the records they
/// own. Fictional organisations; credit codes carry valid GB 32100 check characters.
/// </summary>
public static class DemoData
{
    public static readonly Guid EnterpriseId = Guid.Parse("0199a000-0000-7000-8000-000000000001");
    public static readonly Guid SecondEnterpriseId = Guid.Parse("0199a000-0000-7000-8000-000000000002");
    public static readonly Guid VocationalCollegeId = Guid.Parse("0199a000-0000-7000-8000-000000000003");
    public static readonly Guid TechnicalSchoolId = Guid.Parse("0199a000-0000-7000-8000-000000000004");
    public static readonly Guid TrainingInstitutionId = Guid.Parse("0199a000-0000-7000-8000-000000000005");
    public static readonly Guid PartnerClientId = Guid.Parse("0199a000-0000-7000-8000-0000000000a1");
    public static readonly Guid TalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b1");
    public static readonly Guid EmployeeTalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b2");
    public static readonly Guid StudentTalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b3");
    public static readonly Guid HongKongTalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b4");
    public static readonly Guid ForeignTalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b5");

    /// <summary>Demo catalogue items: five approved and published in the demo edition, one submitted and awaiting the city.</summary>
    public static readonly Guid WelderItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c1");
    public static readonly Guid ChipMakerItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c2");
    public static readonly Guid ElectricianItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c3");
    public static readonly Guid AiTrainerItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c4");
    public static readonly Guid CareWorkerItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c5");
    public static readonly Guid RobotItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c6");

    /// <summary>
    /// Demo classes: the training institution's 养老护理员 class, ended yesterday, with two
    /// enrolments and one accepted completion; and an 人工智能训练师 class opened by 技行珠海, starting next week.
    /// </summary>
    public static readonly Guid CareWorkerClassId = Guid.Parse("0199a000-0000-7000-8000-0000000000d1");
    public static readonly Guid OnlineClassId = Guid.Parse("0199a000-0000-7000-8000-0000000000d2");

    /// <summary>A demo certificate (陈建国's 技师 in 焊工, self-recognised by the demo enterprise).</summary>
    public const string CertificateNumber = "E440400202400031";

    /// <summary>The demo talent-user's own identity number (fictional; valid check character).</summary>
    public const string TalentIdentityNumber = "440402199203150015";

    public const string PartnerClientCode = "jixing-zhuhai";

    /// <summary>The district of the demo district admin (香洲区).</summary>
    public const string DistrictCode = "440402";

    /// <summary>Published in the README; seeded only outside Production.</summary>
    public const string PartnerApiKey = "za_demo0jixingzhuhai0000000000000000000000";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("city-admin", Roles.CityAdmin, "市人社局 demo 用户", null, null, null, null),
        new("xiangzhou-admin", Roles.DistrictAdmin, "香洲区人社局 demo 用户", null, DistrictCode, null, null),
        new("enterprise-user", Roles.Enterprise, "珠海示范智造有限公司 HR", EnterpriseId, null, null, null),
        new("institution-user", Roles.Institution, "珠海示范职业技术学院 教务", VocationalCollegeId, null, null, null),
        new("talent-user", Roles.Talent, "demo 技能人才", null, null, TalentId, null),
        new("jixing-zhuhai", Roles.Partner, "技行珠海 (API key)", null, null, null, PartnerClientId),
    ];
}
