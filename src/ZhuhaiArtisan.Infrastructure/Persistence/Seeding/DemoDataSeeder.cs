using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.Appointments;
using ZhuhaiArtisan.Domain.Talents.Honours;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

/// <summary>Adds the demo records that are missing; a second start adds nothing twice.</summary>
internal sealed partial class DemoDataSeeder(
    AppDbContext db,
    IApiKeyGenerator keys,
    IPersonalDataProtector protector,
    CatalogueEditionPublisher publisher,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.TodayInChina();
        var added = 0;

        foreach (var organization in Organizations(now, today))
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == organization.Id, cancellationToken))
            {
                db.Organizations.Add(organization);
                added++;
            }
        }

        var clientId = new PartnerClientId(DemoData.PartnerClientId);
        if (!await db.PartnerClients.AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            var client = PartnerClient.Register(clientId, DemoData.PartnerClientCode, "技行珠海在线培训平台", now);
            client.IssueApiKey(
                new PartnerApiKeyId(Guid.Parse("0199a000-0000-7000-8000-0000000000a2")),
                "demo key",
                DemoData.PartnerApiKey[..PartnerApiKey.PrefixLength],
                keys.Hash(DemoData.PartnerApiKey),
                now,
                expiresAt: null);
            db.PartnerClients.Add(client);
            added++;
        }

        // Organisations first: talents refer to them.
        await db.SaveChangesAsync(cancellationToken);

        foreach (var talent in Talents(now))
        {
            if (!await db.Talents.AnyAsync(t => t.Id == talent.Id, cancellationToken))
            {
                db.Talents.Add(talent);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        added += await SeedSkillsAsync(now, cancellationToken);
        added += await SeedCatalogueAsync(now, today, cancellationToken);
        added += await SeedTrainingAsync(now, today, cancellationToken);
        LogSeeded(added);
    }

    private static IEnumerable<Organization> Organizations(DateTimeOffset now, DateOnly today)
    {
        var enterprise = Organization.Register(
            new OrganizationId(DemoData.EnterpriseId), Code("91440400MA0DM0001"), "珠海示范智造有限公司", OrganizationType.Enterprise, DemoData.DistrictCode,
            ["smart-appliances", "equipment-manufacturing"], new ContactDetails("陈晓明", "13800001111", "hr@demo-manufacturing.example", "珠海市香洲区示范路1号"), now);
        enterprise.ChangeLabels(new OrganizationLabels(true, true, false, false, null), now);
        yield return enterprise;

        var second = Organization.Register(
            new OrganizationId(DemoData.SecondEnterpriseId), Code("91440404MA0DM0002"), "珠海示范新能源科技有限公司", OrganizationType.Enterprise, "440404",
            ["new-energy"], new ContactDetails("欧阳·娜仁", "13900002222", null, "珠海市金湾区示范大道8号"), now);
        second.ChangeLabels(new OrganizationLabels(true, false, true, false, null), now);
        yield return second;

        var college = Organization.Register(
            new OrganizationId(DemoData.VocationalCollegeId), Code("52440400MJ0DM0003"), "珠海示范职业技术学院", OrganizationType.VocationalCollege, DemoData.DistrictCode,
            ["next-gen-it", "integrated-circuits"], new ContactDetails("李老师", "0756-3312345", "jw@demo-college.example", "珠海市香洲区学府路2号"), now);
        college.ChangeLabels(new OrganizationLabels(false, false, false, true, new TrainingQualification(today.AddMonths(-6), today.AddYears(2))), now);
        yield return college;

        yield return Organization.Register(
            new OrganizationId(DemoData.TechnicalSchoolId), Code("12440403MB0DM0004"), "珠海示范技师学院", OrganizationType.TechnicalSchool, "440403",
            ["equipment-manufacturing", "fine-chemicals"], new ContactDetails("王老师", "13700003333", null, "珠海市斗门区技校路3号"), now);

        var institution = Organization.Register(
            new OrganizationId(DemoData.TrainingInstitutionId), Code("52440400MJ0DM0005"), "珠海示范职业培训学校", OrganizationType.TrainingInstitution, "ZH-GX",
            ["biomedicine-health"], new ContactDetails("赵校长", "13600004444", "office@demo-training.example", "珠海高新区创新路5号"), now);
        institution.ChangeLabels(new OrganizationLabels(false, false, false, true, new TrainingQualification(today.AddYears(-1), today.AddYears(1))), now);
        yield return institution;
    }

    /// <summary>Certificates with a promotion, an appointment and honours on the roll, once.</summary>
    private async Task<int> SeedSkillsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var employee = new TalentId(DemoData.EmployeeTalentId);
        if (await db.SkillCertificates.AnyAsync(c => c.TalentId == employee, cancellationToken))
        {
            return 0;
        }

        var enterprise = new OrganizationId(DemoData.EnterpriseId);
        Provenance By(string actor, string role, Guid? organization, LegalBasis basis) =>
            new(actor, role, organization is { } id ? new OrganizationId(id) : null, basis, now);
        var city = By("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty);
        var byEnterprise = By("enterprise-user", "Enterprise", DemoData.EnterpriseId, LegalBasis.HumanResourcesManagement);

        db.SkillCertificates.AddRange(
            SkillCertificate.Record(SkillCertificateId.New(), employee, "6-18-02-04", SkillLevel.Senior, "Y440400201900123", "珠海市职业技能鉴定指导中心",
                new DateOnly(2019, 6, 20), CertificationRoute.SocialEvaluation, null, null, city),
            SkillCertificate.Record(SkillCertificateId.New(), employee, "6-18-02-04", SkillLevel.Technician, DemoData.CertificateNumber, "珠海示范智造有限公司",
                new DateOnly(2024, 9, 1), CertificationRoute.EnterpriseSelfRecognition, enterprise, SkillLevel.Senior, byEnterprise),
            SkillCertificate.Record(SkillCertificateId.New(), new TalentId(DemoData.TalentId), "6-18-02-04", SkillLevel.Junior, "Y440400202200456", "珠海市职业技能鉴定指导中心",
                new DateOnly(2022, 11, 5), CertificationRoute.SocialEvaluation, null, null, city),
            SkillCertificate.Record(SkillCertificateId.New(), new TalentId(DemoData.StudentTalentId), "6-17-08-01", SkillLevel.Intermediate, "X440400202500789", "珠海示范职业技术学院",
                new DateOnly(2025, 7, 1), CertificationRoute.College1PlusX, null, null,
                By("institution-user", "Institution", DemoData.VocationalCollegeId, LegalBasis.ContractPerformance)));
        db.Appointments.Add(Appointment.Make(AppointmentId.New(), employee, SkillLevel.ChiefTechnician, "6-18-02-04", AppointmentTier.Enterprise,
            "珠海示范智造有限公司", null, enterprise, new DateOnly(2025, 1, 1), null, byEnterprise));
        db.Honours.AddRange(
            Honour.Confer(HonourId.New(), employee, HonourKind.EnterpriseCraftsman, 2024, "珠海示范智造有限公司", null, enterprise, null, null, null, true, byEnterprise),
            Honour.Confer(HonourId.New(), employee, HonourKind.ZhuhaiCraftsman, 2025, "珠海市人民政府", null, null, null, null, null, true, city),
            Honour.Confer(HonourId.New(), new TalentId(DemoData.TalentId), HonourKind.CompetitionAward, 2025, "珠海市人力资源和社会保障局", null, null,
                "2025年珠海市“行行出状元”职业技能大赛（焊工）", "二等奖", "陈建国", false, city));
        await db.SaveChangesAsync(cancellationToken);
        return 8;
    }

    /// <summary>
    /// Catalogue items of the demo college and training institution, five of them approved and
    /// published as the demo edition, once. Fees and subsidy standards are fictional figures for
    /// the demo, not standards the city has published.
    /// </summary>
    private async Task<int> SeedCatalogueAsync(DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.CatalogueItems.AnyAsync(i => i.Id == new CatalogueItemId(DemoData.WelderItemId), cancellationToken))
        {
            return 0;
        }

        var college = await db.Organizations.SingleAsync(o => o.Id == new OrganizationId(DemoData.VocationalCollegeId), cancellationToken);
        var institution = await db.Organizations.SingleAsync(o => o.Id == new OrganizationId(DemoData.TrainingInstitutionId), cancellationToken);
        if (!college.IsTrainingQualifiedOn(today) || !institution.IsTrainingQualifiedOn(today))
        {
            // A database seeded long ago: its demo qualifications have run out, and items need them.
            return 0;
        }

        var (from, until) = (today.AddMonths(-1), today.AddMonths(11));
        const string Basis = "演示数据：金额为虚构示例，并非市人社局公布的补贴标准";

        CatalogueItem Item(Guid id, Organization by, string title, string occupation, SkillLevel level, TrainingType type, int theory, int practice,
            decimal fee, DeliveryMode mode, string[] clusters, bool urgent, bool newOccupation) =>
            CatalogueItem.Draft(new CatalogueItemId(id), by,
                new CatalogueItemContent(title, occupation, level.Code, type, theory, practice, fee, mode, clusters, urgent, newOccupation, from, until), today, now);

        var approved = new (CatalogueItem Item, Organization By, decimal Subsidy)[]
        {
            (Item(DemoData.WelderItemId, college, "焊工（高级工）企业新型学徒制培训", "6-18-02-04", SkillLevel.Senior, TrainingType.NewApprenticeship, 120, 280,
                4800m, DeliveryMode.Offline, ["equipment-manufacturing", "new-energy"], true, false), college, 3800m),
            (Item(DemoData.ChipMakerItemId, college, "半导体芯片制造工“技培生”培训", "6-25-02-05", SkillLevel.Intermediate, TrainingType.StudentApprentice, 80, 400,
                5200m, DeliveryMode.Blended, ["integrated-circuits"], true, false), college, 4000m),
            (Item(DemoData.ElectricianItemId, institution, "电工（中级工）技能提升培训", "6-31-01-03", SkillLevel.Intermediate, TrainingType.SkillUpgrading, 60, 100,
                2200m, DeliveryMode.Offline, ["equipment-manufacturing", "new-energy", "smart-appliances"], false, false), institution, 1500m),
            (Item(DemoData.AiTrainerItemId, institution, "人工智能训练师（初级工）数字技能培训", "4-04-05-05", SkillLevel.Junior, TrainingType.DigitalLiteracy, 40, 40,
                1800m, DeliveryMode.Online, ["next-gen-it"], false, true), institution, 1200m),
            (Item(DemoData.CareWorkerItemId, institution, "养老护理员（初级工）定向培训", "4-10-01-05", SkillLevel.Junior, TrainingType.TargetedTraining, 50, 70,
                1600m, DeliveryMode.Offline, ["biomedicine-health"], false, false), institution, 1000m),
        };
        foreach (var (item, by, subsidy) in approved)
        {
            item.Submit(by, today, now);
            item.Approve(subsidy, Basis, by, today, now);
            db.CatalogueItems.Add(item);
        }

        var awaitingReview = Item(DemoData.RobotItemId, college, "工业机器人系统运维员（中级工）新型学徒制培训", "6-31-07-01", SkillLevel.Intermediate,
            TrainingType.NewApprenticeship, 100, 200, 4500m, DeliveryMode.Blended, ["equipment-manufacturing"], true, true);
        awaitingReview.Submit(college, today, now);
        db.CatalogueItems.Add(awaitingReview);
        await db.SaveChangesAsync(cancellationToken);

        if (await db.CatalogueEditions.AnyAsync(cancellationToken))
        {
            return approved.Length + 1;
        }

        await publisher.PublishAsync($"{today.Year}年珠海市补贴性职业技能培训目录（演示）", cancellationToken);
        return approved.Length + 2;
    }

    /// <summary>
    /// Training records to explore, once: the training institution's 养老护理员 class of the demo
    /// edition, run over the past month and ended yesterday, with 林晓峰 attending all its hours
    /// and completing (accepted) and 阿卜杜拉·买买提 attending part; and an online 人工智能训练师 class
    /// 技行珠海 opened for next week, with 陈建国 enrolled.
    /// </summary>
    private async Task<int> SeedTrainingAsync(DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var careClassId = new TrainingClassId(DemoData.CareWorkerClassId);
        if (await db.TrainingClasses.AnyAsync(c => c.Id == careClassId, cancellationToken))
        {
            return 0;
        }

        var careItem = await db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == new CatalogueItemId(DemoData.CareWorkerItemId), cancellationToken);
        var onlineItem = await db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == new CatalogueItemId(DemoData.AiTrainerItemId), cancellationToken);
        if (careItem is null || onlineItem is null || careItem.ValidFrom > today.AddDays(-20) || onlineItem.ValidUntil < today.AddDays(40))
        {
            // The demo items were not seeded (or long ago): the classes need them in their validity.
            return 0;
        }

        // The class was opened, and its trainees enrolled, when it started: the seeding writes that history as it happened then.
        var start = careItem.ValidFrom;
        var end = today.AddDays(-1);
        var careClass = TrainingClass.Open(careClassId, careItem, itemAcceptsEnrolment: true, start, end, 30, "珠海市高新区示范路8号实训楼302", null, now);
        var completer = Enrolment.Enrol(new EnrolmentId(Guid.Parse("0199a000-0000-7000-8000-0000000000e1")), careClass, true, new TalentId(DemoData.TalentId), null, start, now);
        var partial = Enrolment.Enrol(new EnrolmentId(Guid.Parse("0199a000-0000-7000-8000-0000000000e2")), careClass, true, new TalentId(DemoData.StudentTalentId), null, start, now);
        careClass.TakeSeats(2);
        db.TrainingClasses.Add(careClass);
        db.Enrolments.AddRange(completer, partial);
        // 15 sessions of 8 hours: all 120 planned hours for one trainee, the first five sessions for the other.
        for (var day = 0; day < 15; day++)
        {
            db.AttendanceRecords.Add(completer.RecordAttendance(careClass, null, start.AddDays(day), 8m, now)!);
            if (day < 5)
            {
                db.AttendanceRecords.Add(partial.RecordAttendance(careClass, null, start.AddDays(day), 8m, now)!);
            }
        }

        db.TrainingCompletions.Add(TrainingCompletion.Record(
            new TrainingCompletionId(Guid.Parse("0199a000-0000-7000-8000-0000000000f1")), careClass, completer.TalentId, completer,
            AssessmentResult.Passed, null, null, end, null, now));

        var onlineClass = TrainingClass.Open(
            new TrainingClassId(DemoData.OnlineClassId), onlineItem, itemAcceptsEnrolment: true, today.AddDays(7), today.AddDays(37), 200, null,
            new PartnerClientId(DemoData.PartnerClientId), now);
        var online = Enrolment.Enrol(new EnrolmentId(Guid.Parse("0199a000-0000-7000-8000-0000000000e3")), onlineClass, true,
            new TalentId(DemoData.EmployeeTalentId), new PartnerClientId(DemoData.PartnerClientId), today, now);
        onlineClass.TakeSeats(1);
        db.TrainingClasses.Add(onlineClass);
        db.Enrolments.Add(online);
        await db.SaveChangesAsync(cancellationToken);
        return 6;
    }

    private IEnumerable<Talent> Talents(DateTimeOffset now)
    {
        Provenance By(string actor, string role, Guid? organization, LegalBasis basis) =>
            new(actor, role, organization is { } id ? new OrganizationId(id) : null, basis, now);

        yield return NewTalent(DemoData.TalentId, "林晓峰", IdentityDocumentType.ResidentIdentityCard, DemoData.TalentIdentityNumber, "13800138001",
            "440402", TalentOrigin.Local, null, null, null, null,
            new JobWishes(JobSeekingStatus.Seeking, ["6-18-02-04"], ["440402", "440404"], 8000m, 12000m), true, "talent-user",
            By("talent-user", "Talent", null, LegalBasis.Consent));
        yield return NewTalent(DemoData.EmployeeTalentId, "陈建国", IdentityDocumentType.ResidentIdentityCard, "440404198507204519", "13900139002",
            "440404", TalentOrigin.OutsideCity, DemoData.EnterpriseId, null, null, null, JobWishes.None, false, null,
            By("enterprise-user", "Enterprise", DemoData.EnterpriseId, LegalBasis.HumanResourcesManagement));
        yield return NewTalent(DemoData.StudentTalentId, "阿卜杜拉·买买提", IdentityDocumentType.ResidentIdentityCard, "650102200305061230", "13700137003",
            "440402", TalentOrigin.OutsideCity, null, DemoData.VocationalCollegeId, "集成电路技术", new DateOnly(2027, 6, 30),
            new JobWishes(JobSeekingStatus.OpenToOffers, [], ["440402"], null, null), true, null,
            By("institution-user", "Institution", DemoData.VocationalCollegeId, LegalBasis.ContractPerformance));
        yield return NewTalent(DemoData.HongKongTalentId, "黃志明", IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H1234567800", "+85291234567",
            "ZH-HQ", TalentOrigin.OutsideCity, null, null, null, null, JobWishes.None, false, null,
            By("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty));
        yield return NewTalent(DemoData.ForeignTalentId, "Maria Schmidt", IdentityDocumentType.ForeignPermanentResidentIdCard, "911560200608120015", "13600136005",
            "ZH-GX", TalentOrigin.OutsideCity, DemoData.SecondEnterpriseId, null, null, null, JobWishes.None, false, null,
            By("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty));
    }

    private Talent NewTalent(
        Guid id, string name, IdentityDocumentType type, string number, string phone, string district, TalentOrigin origin,
        Guid? employer, Guid? school, string? major, DateOnly? graduation, JobWishes wishes, bool consents, string? account, Provenance provenance) =>
        Talent.Register(
            new TalentId(id), name, type,
            new ProtectedValue(protector.Encrypt(number), Mask.IdentityNumber(number)),
            TalentIdentity.Hash(protector, type, number),
            IdentityDocumentRules.BirthDateOf(type, number),
            new ProtectedValue(protector.Encrypt(phone), Mask.Phone(phone)),
            district, origin,
            employer is { } e ? new OrganizationId(e) : null,
            school is { } s ? new OrganizationId(s) : null,
            major, graduation, wishes, consents, account, provenance);

    /// <summary>Completes a 17-character fictional code with its GB 32100 check character.</summary>
    private static UnifiedSocialCreditCode Code(string first17) =>
        UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} records added")]
    private partial void LogSeeded(int added);
}
