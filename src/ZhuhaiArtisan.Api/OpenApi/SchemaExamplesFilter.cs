using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ZhuhaiArtisan.Api.Endpoints.Access;
using ZhuhaiArtisan.Api.Endpoints.Catalogue;
using ZhuhaiArtisan.Api.Endpoints.Integration;
using ZhuhaiArtisan.Api.Endpoints.Organizations;
using ZhuhaiArtisan.Api.Endpoints.Training;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;
using ZhuhaiArtisan.Application.Access.ListAuditEntries;
using ZhuhaiArtisan.Application.Access.RegisterPartnerClient;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;
using ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Application.Integration.GetWebhookDelivery;
using ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.RotateWebhookEndpointSecret;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Application.Organizations.RegisterOrganization;
using ZhuhaiArtisan.Application.ReferenceData.GetDistricts;
using ZhuhaiArtisan.Application.ReferenceData.GetIndustryClusters;
using ZhuhaiArtisan.Application.ReferenceData.GetSkillLevels;
using ZhuhaiArtisan.Application.ReferenceData.ListOccupations;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Application.Training.ListMyEnrolments;
using ZhuhaiArtisan.Application.Training.PushAttendance;
using ZhuhaiArtisan.Application.Training.PushCompletions;
using ZhuhaiArtisan.Application.Training.PushEnrolments;
using ZhuhaiArtisan.Application.Training.PushTrainingClasses;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>
/// Gives each schema of the contract an example, built from real instances and serialised with
/// the API's own JSON settings, so an example can never disagree with what the API sends.
/// </summary>
internal sealed class SchemaExamplesFilter(JsonSerializerOptions json) : ISchemaFilter
{
    private static readonly Guid OrganizationId = Guid.Parse("0199a000-0000-7000-8000-000000000001");
    private static readonly Guid ClientId = Guid.Parse("0199a000-0000-7000-8000-0000000000a1");
    private static readonly Guid KeyId = Guid.Parse("0199a000-0000-7000-8000-0000000000a2");
    private static readonly DateTimeOffset Instant = new(2026, 11, 2, 1, 30, 0, TimeSpan.Zero);
    private static readonly Guid CollegeId = Guid.Parse("0199a000-0000-7000-8000-000000000003");
    private static readonly Guid ItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c1");
    private static readonly DateOnly ValidFrom = new(2026, 11, 1);
    private static readonly DateOnly ValidUntil = new(2027, 10, 31);

    private static readonly Guid EndpointId = Guid.Parse("0199a000-0000-7000-8000-0000000000e1");
    private static readonly Guid DeliveryId = Guid.Parse("0199a000-0000-7000-8000-0000000000e2");
    private const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/Rt0SA2wdZE=";
    private const string WebhookPayload = """{"type":"catalogue.item.suspended","timestamp":"2026-11-02T01:30:00+00:00","data":{"itemId":"0199a000-0000-7000-8000-0000000000c1","status":"suspended","previousStatus":"approved","lastPublishedEdition":1,"changedAt":"2026-11-02T01:30:00+00:00","href":"/api/v1/catalogue-items/0199a000-0000-7000-8000-0000000000c1"}}""";

    private static readonly WebhookEndpointDto WebhookEndpoint = new(
        EndpointId, ClientId, "https://hooks.jixing-zhuhai.example/zhuhai-artisan", "目录同步",
        [WebhookEventTypes.CatalogueEditionPublished, WebhookEventTypes.CatalogueItemSuspended, WebhookEventTypes.CatalogueItemWithdrawn],
        WebhookEndpointStatus.Active, null, null, Instant, null, null, 1);

    private static readonly WebhookDeliveryDto WebhookDelivery = new(
        DeliveryId, EndpointId, $"msg_{DeliveryId:N}", WebhookEventTypes.CatalogueItemSuspended, WebhookDeliveryStatus.Pending, 2, Instant,
        Instant.AddMinutes(1), 503, "HTTP 503", Instant.AddMinutes(3), null);

    private static readonly Guid TrainingSchoolId = Guid.Parse("0199a000-0000-7000-8000-000000000005");
    private static readonly Guid OnlineItemId = Guid.Parse("0199a000-0000-7000-8000-0000000000c4");
    private static readonly Guid ClassId = Guid.Parse("0199a000-0000-7000-8000-0000000000d2");
    private static readonly Guid EnrolmentId = Guid.Parse("0199a000-0000-7000-8000-0000000000e3");
    private static readonly Guid CompletionId = Guid.Parse("0199a000-0000-7000-8000-0000000000f1");
    private static readonly Guid TalentId = Guid.Parse("0199a000-0000-7000-8000-0000000000b1");
    private static readonly Guid CertificateId = Guid.Parse("0199a000-0000-7000-8000-0000000000b9");
    private static readonly DateOnly ClassStart = new(2026, 12, 1);
    private static readonly DateOnly ClassEnd = new(2026, 12, 31);
    private static readonly TrainingClassDto Class = new(
        ClassId, OnlineItemId, TrainingSchoolId, DeliveryMode.Online, null, ClassStart, ClassEnd, 200, 37, 163, 80, ClientId, Instant, 38);
    private static readonly TraineeInput Trainee = new(IdentityDocumentType.ResidentIdentityCard, "440402199203150015", "林晓峰", "13800138001", "440402", TalentOrigin.Local);

    private static readonly ContactDetailsDto Contact = new("陈晓明", "13800001111", "hr@demo-manufacturing.example", "珠海市香洲区示范路1号");
    private static readonly TrainingQualificationDto Qualification = new(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
    private static readonly OrganizationLabelsDto Labels = new(true, true, false, false, Qualification);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(IndustryClusterDto)] = new IndustryClusterDto("new-energy", "新能源", "New energy", IndustryClusterKind.Leading, 2),
        [typeof(SkillLevelDto)] = new SkillLevelDto("technician", "技师", "Technician", 5, "二级", true, false),
        [typeof(DistrictDto)] = new DistrictDto("440402", "香洲区", "Xiangzhou District", DistrictKind.District, null, "GB/T 2260 county-level code"),
        [typeof(OccupationDto)] = new OccupationDto("6-18-01-07", "CSCO-2022", "多工序数控机床操作调整工", "Multi-process CNC machine tool operator", "6-18-01", ["equipment-manufacturing"]),
        [typeof(ContactDetailsDto)] = Contact,
        [typeof(ContactDetailsInput)] = new ContactDetailsInput(Contact.ContactName, Contact.ContactPhone, Contact.ContactEmail, Contact.Address),
        [typeof(TrainingQualificationDto)] = Qualification,
        [typeof(OrganizationLabelsDto)] = Labels,
        [typeof(OrganizationLabelsRequest)] = new OrganizationLabelsRequest(false, false, false, true, Qualification),
        [typeof(OrganizationDto)] = new OrganizationDto(
            OrganizationId, "91440400MA0DM0001X", "珠海示范智造有限公司", OrganizationType.Enterprise, "440402",
            ["equipment-manufacturing", "smart-appliances"], Contact, Labels, Instant, 2),
        [typeof(RegisterOrganizationCommand)] = new RegisterOrganizationCommand(
            "91440400MA0DM0001X", "珠海示范智造有限公司", OrganizationType.Enterprise, "440402",
            ["smart-appliances"], new ContactDetailsInput(Contact.ContactName, Contact.ContactPhone, Contact.ContactEmail, Contact.Address)),
        [typeof(RegisterPartnerClientCommand)] = new RegisterPartnerClientCommand("jixing-zhuhai", "技行珠海在线培训平台"),
        [typeof(PartnerClientDto)] = new PartnerClientDto(ClientId, "jixing-zhuhai", "技行珠海在线培训平台", Instant, 1),
        [typeof(IssuePartnerApiKeyRequest)] = new IssuePartnerApiKeyRequest("production 2026", null),
        [typeof(IssuedPartnerApiKeyDto)] = new IssuedPartnerApiKeyDto(KeyId, ClientId, "production 2026", "za_Hq3xT9bVw", "za_Hq3xT9bVwL0c2mNf8KpR4sYd6UgJ1eZa7XoWi5Bn", Instant, null),
        [typeof(PartnerApiKeyDto)] = new PartnerApiKeyDto(KeyId, "production 2026", "za_Hq3xT9bVw", Instant, null, null),
        [typeof(AuditEntryDto)] = new AuditEntryDto(
            42, Instant, "city-admin", "CityAdmin", "ChangeOrganizationLabels", "Organization", OrganizationId.ToString(),
            JsonDocument.Parse("""{"labels.isKeyIndustryEnterprise":false}""").RootElement,
            JsonDocument.Parse("""{"labels.isKeyIndustryEnterprise":true}""").RootElement,
            "4bf92f3577b34da6a3ce929d0e0e4736"),
        [typeof(CatalogueItemRequest)] = new CatalogueItemRequest(
            "焊工（高级工）企业新型学徒制培训", "6-18-02-04", "senior", TrainingType.NewApprenticeship, 120, 280, 4800.00m, DeliveryMode.Offline,
            ["equipment-manufacturing", "new-energy"], true, false, ValidFrom, ValidUntil),
        [typeof(CatalogueItemDto)] = new CatalogueItemDto(
            ItemId, CollegeId, "焊工（高级工）企业新型学徒制培训", "6-18-02-04", "senior", TrainingType.NewApprenticeship, 120, 280, 400, 4800.00m,
            DeliveryMode.Offline, ["new-energy", "equipment-manufacturing"], true, false, ValidFrom, ValidUntil, CatalogueItemStatus.Rejected,
            null, null, CatalogueRejectionReason.HoursInadequate, "实操课时低于该等级培训要求", null, Instant, Instant, 3),
        [typeof(ApproveCatalogueItemRequest)] = new ApproveCatalogueItemRequest(3800.00m, "示例：补贴标准所依据的文件及条款"),
        [typeof(RejectCatalogueItemRequest)] = new RejectCatalogueItemRequest(CatalogueRejectionReason.HoursInadequate, "实操课时低于该等级培训要求"),
        [typeof(SuspendCatalogueItemRequest)] = new SuspendCatalogueItemRequest("学员投诉，核查期间暂停招生"),
        [typeof(PublishCatalogueEditionCommand)] = new PublishCatalogueEditionCommand("2026年珠海市补贴性职业技能培训目录"),
        [typeof(CatalogueEditionDto)] = new CatalogueEditionDto(1, "2026年珠海市补贴性职业技能培训目录", Instant, 5, true),
        [typeof(CatalogueEditionItemDto)] = new CatalogueEditionItemDto(
            1, 3, ItemId, "焊工（高级工）企业新型学徒制培训", "6-18-02-04", "焊工", "senior", TrainingType.NewApprenticeship, 120, 280, 400,
            4800.00m, 3800.00m, DeliveryMode.Offline, ["new-energy", "equipment-manufacturing"], true, false, ValidFrom, ValidUntil,
            CollegeId, "珠海示范职业技术学院", "440402", CatalogueLiveStatus.Active, true),
        [typeof(CatalogueChangeDto)] = new CatalogueChangeDto(42, CatalogueChangeKind.ItemStatusChanged, Instant, null, ItemId, CatalogueLiveStatus.Suspended),
        [typeof(WebhookEndpointRequest)] = new WebhookEndpointRequest(
            "https://hooks.jixing-zhuhai.example/zhuhai-artisan", [WebhookEventTypes.CatalogueEditionPublished, WebhookEventTypes.CatalogueItemSuspended], "目录同步"),
        [typeof(WebhookEndpointDto)] = WebhookEndpoint,
        [typeof(RegisteredWebhookEndpointDto)] = new RegisteredWebhookEndpointDto(WebhookEndpoint, WebhookSecret),
        [typeof(RotatedWebhookSecretDto)] = new RotatedWebhookSecretDto(EndpointId, WebhookSecret, Instant, Instant.AddHours(24)),
        [typeof(WebhookDeliveryDto)] = WebhookDelivery,
        [typeof(WebhookDeliveryAttemptDto)] = new WebhookDeliveryAttemptDto(Instant, 503, 212, "HTTP 503"),
        [typeof(WebhookDeliveryDetailsDto)] = new WebhookDeliveryDetailsDto(
            WebhookDelivery, WebhookPayload,
            [new WebhookDeliveryAttemptDto(Instant, null, 15000, "Timed out after 15 s."), new WebhookDeliveryAttemptDto(Instant.AddMinutes(1), 503, 212, "HTTP 503")]),
        [typeof(OpenTrainingClassRequest)] = new OpenTrainingClassRequest(ItemId, ClassStart, ClassEnd, 30, "珠海市香洲区学府路2号实训中心"),
        [typeof(TrainingClassDto)] = Class,
        [typeof(TraineeInput)] = Trainee,
        [typeof(EnrolTalentRequest)] = new EnrolTalentRequest(null, Trainee),
        [typeof(EnrolmentDto)] = new EnrolmentDto(EnrolmentId, ClassId, TalentId, "林晓峰", "440402********0015", 24m, ClientId, Instant, 4),
        [typeof(MyEnrolmentDto)] = new MyEnrolmentDto(EnrolmentId, 24m, Instant, Class),
        [typeof(RecordAttendanceRequest)] = new RecordAttendanceRequest(7.5m),
        [typeof(AttendanceDto)] = new AttendanceDto(EnrolmentId, ClassStart, 7.5m, Instant),
        [typeof(RecordCompletionRequest)] = new RecordCompletionRequest(TalentId, AssessmentResult.Passed, CertificateId, ClassEnd),
        [typeof(CorrectCompletionRequest)] = new CorrectCompletionRequest(AssessmentResult.Passed, null, ClassEnd),
        [typeof(TrainingCompletionDto)] = new TrainingCompletionDto(
            CompletionId, ClassId, TalentId, EnrolmentId, AssessmentResult.Passed, CertificateId, ClassStart, CompletionStatus.Rejected,
            [CompletionMismatch.AttendanceBelowRequiredHours, CompletionMismatch.CompletedBeforeClassEnd], ClientId, Instant, 1),
        [typeof(TrainingClassPushRow)] = new TrainingClassPushRow("JX-CLASS-2026-0042", OnlineItemId, ClassStart, ClassEnd, 200, null),
        [typeof(EnrolmentPushRow)] = new EnrolmentPushRow("JX-ENROL-889123", null, "JX-CLASS-2026-0042", null, Trainee),
        [typeof(AttendancePushRow)] = new AttendancePushRow("JX-ATT-889123-20261201", null, "JX-ENROL-889123", ClassStart, 3.5m),
        [typeof(CompletionPushRow)] = new CompletionPushRow(
            "JX-DONE-889123", null, "JX-CLASS-2026-0042", null, Trainee, AssessmentResult.Passed, null, ClassEnd),
        [typeof(PushTrainingClassesRequest)] = new PushTrainingClassesRequest([new TrainingClassPushRow("JX-CLASS-2026-0042", OnlineItemId, ClassStart, ClassEnd, 200, null)]),
        [typeof(PushEnrolmentsRequest)] = new PushEnrolmentsRequest([new EnrolmentPushRow("JX-ENROL-889123", null, "JX-CLASS-2026-0042", null, Trainee)]),
        [typeof(PushAttendanceRequest)] = new PushAttendanceRequest([new AttendancePushRow("JX-ATT-889123-20261201", null, "JX-ENROL-889123", ClassStart, 3.5m)]),
        [typeof(PushCompletionsRequest)] = new PushCompletionsRequest([new CompletionPushRow(
            "JX-DONE-889123", null, "JX-CLASS-2026-0042", null, Trainee, AssessmentResult.Passed, CertificateId, ClassEnd)]),
        [typeof(RowProblem)] = new RowProblem("trainee.identityNumber", "talent.identity_check_character_mismatch", "The check character does not match (GB 11643 / ISO 7064 MOD 11-2)."),
        [typeof(PartnerPushRowResult)] = new PartnerPushRowResult(0, "JX-ENROL-889123", PartnerPushOutcome.Created, EnrolmentId, []),
        [typeof(PartnerPushResultDto)] = new PartnerPushResultDto(PartnerRecordKind.Enrolments, 3, 1, 0, 1, 1,
        [
            new PartnerPushRowResult(0, "JX-ENROL-889123", PartnerPushOutcome.Created, EnrolmentId, []),
            new PartnerPushRowResult(1, "JX-ENROL-889124", PartnerPushOutcome.Unchanged, Guid.Parse("0199a000-0000-7000-8000-0000000000e4"), []),
            new PartnerPushRowResult(2, "JX-ENROL-889125", PartnerPushOutcome.Rejected, null,
                [new RowProblem("classExternalId", "training.class_full", "The class is full: all 200 seats are taken.")]),
        ]),
        [typeof(ProblemDetails)] = ProblemExample(),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
        {
            // The contract is OpenAPI 3.0, whose schema object has the singular `example`;
            // `Examples` is the 3.1 keyword the library steers towards.
#pragma warning disable CS0618
            concrete.Example = JsonSerializer.SerializeToNode(example, context.Type, json);
#pragma warning restore CS0618
        }
    }

    private static ProblemDetails ProblemExample()
    {
        var problem = new ProblemDetails
        {
            Type = "https://zhuhai-artisan.example/problems/validation.failed",
            Title = "请求参数校验失败",
            Status = 400,
            Detail = "One or more fields are invalid.",
            Instance = "/api/v1/organizations",
        };
        problem.Extensions["code"] = "validation.failed";
        problem.Extensions["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { ["creditCode"] = ["The check character (18th) does not match GB 32100."] };
        return problem;
    }
}
