using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Talents.ConferHonour;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Application.Talents.MakeAppointment;
using ZhuhaiArtisan.Application.Talents.RecordSkillCertificate;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

/// <summary>What a talent can prove: skill certificates, 特级技师/首席技师 appointments, titles and honours.</summary>
public static class TalentSkillEndpoints
{
    public static IEndpointRouteBuilder MapTalentSkillEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/talents/{talentId:guid}")
            .WithTags("Talents")
            .RequireAuthorization(AuthorizationPolicies.TalentRegistry)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/skills", GetTalentSkills)
            .WithName(nameof(GetTalentSkills))
            .WithSummary("A talent's levels per occupation, with the certificates, appointments and honours behind them")
            .WithDescription("The level in an occupation is the highest certificate, raised by a 特级技师 or 首席技师 appointment in force. Every certificate is listed: the promotion history. Visible to whoever may see the talent.");

        group.MapPost("/skill-certificates", RecordSkillCertificate)
            .WithName(nameof(RecordSkillCertificate))
            .WithSummary("Record a skill certificate (职业技能等级证书)")
            .WithDescription("The city records any route but self-recognition; a key-industry enterprise records its own employee's level by self-recognition (企业自主认定, attributed to it); a college records its student's 1+X certificate. 特级技师 and 首席技师 are appointments, not certificates (409 certificate.level_by_appointment). A certificate number recorded before is 409 certificate.duplicate_number.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/appointments", MakeAppointment)
            .WithName(nameof(MakeAppointment))
            .WithSummary("Appoint a talent 特级技师 or 首席技师 in an occupation")
            .WithDescription("The tier follows the caller: the city appoints at city level, a district the talents living in it, an enterprise its employees (三级首席技师制度). Other levels are reached by certificate (409 appointment.level_by_certificate).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/honours", ConferHonour)
            .WithName(nameof(ConferHonour))
            .WithSummary("Confer a title: craftsman tier, 珠海市技术能手 or a competition award")
            .WithDescription("珠海特级工匠, 珠海工匠, 珠海市技术能手 and competition awards are the city's; 区级工匠 a district's; 企业工匠 an enterprise's for its employees. publicationConsented puts it on the public honour roll. A title is held once a year, a competition award once per event and year (409 honour.already_conferred).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    public static async Task<Ok<TalentSkillsDto>> GetTalentSkills(Guid talentId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTalentSkillsQuery(talentId), cancellationToken));

    public static async Task<Created<SkillCertificateDto>> RecordSkillCertificate(Guid talentId, RecordSkillCertificateRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var certificate = await sender.Send(
            new RecordSkillCertificateCommand(talentId, request.OccupationCode, request.SkillLevel, request.CertificateNumber, request.IssuingBody, request.IssuedOn, request.Route),
            cancellationToken);
        return TypedResults.Created($"/api/v1/talents/{talentId}/skills", certificate);
    }

    public static async Task<Created<AppointmentDto>> MakeAppointment(Guid talentId, MakeAppointmentRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var appointment = await sender.Send(
            new MakeAppointmentCommand(talentId, request.SkillLevel, request.OccupationCode, request.AppointingBody, request.From, request.Until),
            cancellationToken);
        return TypedResults.Created($"/api/v1/talents/{talentId}/skills", appointment);
    }

    public static async Task<Created<HonourDto>> ConferHonour(Guid talentId, ConferHonourRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var honour = await sender.Send(
            new ConferHonourCommand(talentId, request.Kind, request.Year, request.ConferringBody, request.CompetitionEvent, request.CompetitionRank, request.Coach, request.PublicationConsented),
            cancellationToken);
        return TypedResults.Created($"/api/v1/talents/{talentId}/skills", honour);
    }
}
