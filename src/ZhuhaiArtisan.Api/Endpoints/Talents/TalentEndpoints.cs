using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Talents.ChangeMyHonourPublicationConsent;
using ZhuhaiArtisan.Application.Talents.ChangeMyMatchingConsent;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.CorrectMyTalentData;
using ZhuhaiArtisan.Application.Talents.FindTalentByIdentityNumber;
using ZhuhaiArtisan.Application.Talents.GetMyTalentData;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Application.Talents.GetTalent;
using ZhuhaiArtisan.Application.Talents.ListTalents;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Application.Talents.RevealTalentPersonalInformation;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

/// <summary>The talent registry: people, their documents (protected), their employer, school and wishes.</summary>
public static class TalentEndpoints
{
    public static IEndpointRouteBuilder MapTalentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1")
            .WithTags("Talents")
            .RequireAuthorization(AuthorizationPolicies.TalentRegistry)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/talents", RegisterTalent)
            .WithName(nameof(RegisterTalent))
            .WithSummary("Register a talent (themself, an employer, a school or the city)")
            .WithDescription("A talent registers themself (legal basis: consent); an enterprise its employee (human-resources management); a college or institution its student (contract); the city a legacy record (statutory duty). The identity number is checked by its document type's own rule, stored encrypted and found by keyed hash; registering the same document twice is 409 talent.duplicate_identity. Responses show it masked. Honours Idempotency-Key.")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/talents", ListTalents)
            .WithName(nameof(ListTalents))
            .WithSummary("List the talents the caller may see, summarised and masked")
            .WithDescription("The city sees all; a district the talents living in it; an enterprise its employees; a college or institution its students; a talent only themself. Each item is a summary; the whole record is GET /api/v1/talents/{id}. Ordered by name, keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/talents/{id:guid}", GetTalent)
            .WithName(nameof(GetTalent))
            .WithSummary("Read one talent, masked")
            .WithDescription("Personal information is masked (identity number: first 6 and last 4; phone: 3 and 4). A talent the caller may not see answers 404, as a missing one does.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/talents/{id:guid}/personal-information-reveals", RevealTalentPersonalInformation)
            .WithName(nameof(RevealTalentPersonalInformation))
            .WithSummary("Reveal a talent's full identity number and phone (city only; audited)")
            .WithDescription("CityAdmin only. Every reveal writes an audit entry naming who read which fields.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/talent-lookups", FindTalentByIdentityNumber)
            .WithName(nameof(FindTalentByIdentityNumber))
            .WithSummary("Find a talent by identity document (number in the body, never in the URL)")
            .WithDescription("Answers the talent, masked, if the caller may see it; otherwise 404, the same as for an unregistered number.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/talents/me", GetMyTalentData)
            .WithName(nameof(GetMyTalentData))
            .WithSummary("Everything the platform holds on the calling person, unmasked (audited)")
            .WithDescription("Talent role. Includes who created the record and on what legal basis, and under skills the certificates, appointments and honours recorded on the person.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/talents/me", CorrectMyTalentData)
            .WithName(nameof(CorrectMyTalentData))
            .WithSummary("Correct the calling person's record")
            .WithDescription("Talent role. Name, phone, residence, origin, studies and wishes; the identity document, employer and school are corrected by whoever vouches for them. If-Match is required.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPut("/talents/me/matching-consent", ChangeMyMatchingConsent)
            .WithName(nameof(ChangeMyMatchingConsent))
            .WithSummary("Give or withdraw consent to be matched with enterprises")
            .WithDescription("Talent role. Withdrawing takes effect at once. If-Match is required.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPut("/talents/me/honours/{honourId:guid}/publication-consent", ChangeMyHonourPublicationConsent)
            .WithName(nameof(ChangeMyHonourPublicationConsent))
            .WithSummary("Give or withdraw consent to a title appearing on the public honour roll")
            .WithDescription("Talent role, for the person's own titles (their ids and versions are in GET /api/v1/talents/{id}/skills). Withdrawing removes it from GET /api/v1/honour-roll at once. If-Match is the honour's version.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return app;
    }

    public static async Task<Created<TalentDto>> RegisterTalent(RegisterTalentCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var talent = await sender.Send(command, cancellationToken);
        response.Headers.ETag = ETags.ForVersion(talent.Version);
        return TypedResults.Created($"/api/v1/talents/{talent.Id}", talent);
    }

    /// <param name="district">District of residence, e.g. 440402.</param>
    /// <param name="origin">local or outside-city.</param>
    /// <param name="employer">An employer's organisation id.</param>
    /// <param name="school">A school's organisation id.</param>
    /// <param name="jobSeeking">not-seeking, open-to-offers or seeking.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<TalentSummaryDto>>> ListTalents(
        ISender sender,
        [FromQuery] string? district,
        [FromQuery] string? origin,
        [FromQuery] Guid? employer,
        [FromQuery] Guid? school,
        [FromQuery] string? jobSeeking,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListTalentsQuery(
                district,
                QueryEnums.Parse<TalentOrigin>(origin, nameof(origin)),
                employer,
                school,
                QueryEnums.Parse<JobSeekingStatus>(jobSeeking, nameof(jobSeeking)),
                limit,
                cursor),
            cancellationToken));

    public static async Task<Ok<TalentDto>> GetTalent(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var talent = await sender.Send(new GetTalentQuery(id), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(talent.Version);
        return TypedResults.Ok(talent);
    }

    public static async Task<Ok<TalentDto>> RevealTalentPersonalInformation(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var talent = await sender.Send(new RevealTalentPersonalInformationCommand(id), cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(talent);
    }

    public static async Task<Ok<TalentDto>> FindTalentByIdentityNumber(FindTalentByIdentityNumberQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<MyTalentDataDto>> GetMyTalentData(ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var talent = await sender.Send(new GetMyTalentDataQuery(), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(talent.Version);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(talent);
    }

    public static async Task<Ok<TalentDto>> CorrectMyTalentData(CorrectMyTalentDataRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var talent = await sender.Send(
            new CorrectMyTalentDataCommand(ifMatch, request.Name, request.Phone, request.ResidenceDistrictCode, request.Origin, request.Major, request.GraduationDate, request.Wishes),
            cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(talent.Version);
        return TypedResults.Ok(talent);
    }

    public static async Task<Ok<TalentDto>> ChangeMyMatchingConsent(MatchingConsentRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var talent = await sender.Send(new ChangeMyMatchingConsentCommand(ifMatch, request.ConsentsToMatching), cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(talent.Version);
        return TypedResults.Ok(talent);
    }

    public static async Task<Ok<HonourDto>> ChangeMyHonourPublicationConsent(
        Guid honourId, HonourPublicationConsentRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var honour = await sender.Send(new ChangeMyHonourPublicationConsentCommand(honourId, ifMatch, request.PublicationConsented), cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(honour.Version);
        return TypedResults.Ok(honour);
    }
}
