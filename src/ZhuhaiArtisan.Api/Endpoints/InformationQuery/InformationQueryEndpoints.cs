using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Talents.GetHonourRoll;
using ZhuhaiArtisan.Application.Talents.VerifyCertificate;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Api.Endpoints.InformationQuery;

/// <summary>信息查询: public, anonymous (and rate limited) information about talents.</summary>
public static class InformationQueryEndpoints
{
    public static IEndpointRouteBuilder MapInformationQueryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("InformationQuery").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/certificate-verifications", VerifyCertificate)
            .WithName(nameof(VerifyCertificate))
            .WithSummary("Verify a skill certificate by its number and holder's name")
            .WithDescription("Answers verified true with the occupation, level, issue date and issuer only when the certificate exists and the name matches; otherwise verified false, the same answer whether the number is unknown or the name differs. Number and name travel in the body, never in a URL.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/honour-roll", GetHonourRoll)
            .WithName(nameof(GetHonourRoll))
            .WithSummary("The public honour roll of craftsmen and technical experts")
            .WithDescription("Name, employer, title and year of those who consented to publication, newest year first. Filters: year, kind. Keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return app;
    }

    public static async Task<Ok<CertificateVerificationDto>> VerifyCertificate(VerifyCertificateQuery query, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await sender.Send(query, cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(result);
    }

    /// <param name="year">A year, e.g. 2025.</param>
    /// <param name="kind">zhuhai-master-craftsman, zhuhai-craftsman, district-craftsman, enterprise-craftsman or zhuhai-technical-expert.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<HonourRollEntryDto>>> GetHonourRoll(
        ISender sender,
        [FromQuery] int? year,
        [FromQuery] string? kind,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetHonourRollQuery(year, QueryEnums.Parse<HonourKind>(kind, nameof(kind)), limit, cursor), cancellationToken));
}
