using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

/// <summary>Adds the demo records that are missing; a second start adds nothing twice.</summary>
internal sealed partial class DemoDataSeeder(AppDbContext db, IApiKeyGenerator keys, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
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

        await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>Completes a 17-character fictional code with its GB 32100 check character.</summary>
    private static UnifiedSocialCreditCode Code(string first17) =>
        UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} records added")]
    private partial void LogSeeded(int added);
}
