using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.ReferenceData.GetDistricts;
using ZhuhaiArtisan.Application.ReferenceData.GetIndustryClusters;
using ZhuhaiArtisan.Application.ReferenceData.GetOccupation;
using ZhuhaiArtisan.Application.ReferenceData.GetSkillLevels;
using ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

namespace ZhuhaiArtisan.Api.Endpoints.ReferenceData;

/// <summary>Read-only, public reference data, cacheable by ETag (If-None-Match → 304).</summary>
public static class ReferenceDataEndpoints
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("ReferenceData").AllowAnonymous();

        group.MapGet("/industry-clusters", GetIndustryClusters)
            .WithName(nameof(GetIndustryClusters))
            .WithDescription("Public. The four leading (主导) and three advantage (优势) clusters with their stable codes, used everywhere a cluster is named. Cacheable: send the ETag back in If-None-Match to get 304.")
            .WithSummary("The seven key industry clusters (重点产业集群) of 珠府办函〔2023〕100号")
            .Produces<ItemList<IndustryClusterDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/skill-levels", GetSkillLevels)
            .WithName(nameof(GetSkillLevels))
            .WithDescription("Public. 学徒工 to 首席技师 with rank, national grade (五级…一级) where one exists, isHighSkill (高级工 and above) and whether the level is reached by appointment (特级技师, 首席技师). Cacheable with ETag.")
            .WithSummary("The eight “新八级工” skill levels in order")
            .Produces<ItemList<SkillLevelDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/districts", GetDistricts)
            .WithName(nameof(GetDistricts))
            .WithDescription("Public. The three districts with their GB/T 2260 codes and the functional zones with their internal codes (ZH-…); a zone's 管委会 acts as the district for organisations registered in it. Cacheable with ETag.")
            .WithSummary("Zhuhai's districts and functional zones")
            .Produces<ItemList<DistrictDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/occupations", ListOccupations)
            .WithName(nameof(ListOccupations))
            .WithDescription("Public. Occupations of 《中华人民共和国职业分类大典（2022年版）》 serving the clusters, each with its edition. search matches the Chinese or English name or the start of the code; cluster filters by cluster code. Keyset-paged; an edited cursor is 400 paging.invalid_cursor.")
            .WithSummary("Occupations of the national classification (CSCO-2022) relevant to the clusters")
            .Produces<Page<OccupationDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/occupations/{code}", GetOccupation)
            .WithName(nameof(GetOccupation))
            .WithDescription("Public. A code has the form 6-18-02-04 (a detail of 00 is legal); a malformed code is 400, an unknown one 404.")
            .WithSummary("One occupation by its national code")
            .Produces<OccupationDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return app;
    }

    public static async Task<IResult> GetIndustryClusters(ISender sender, CancellationToken cancellationToken) =>
        new CacheableJsonResult<ItemList<IndustryClusterDto>>(await sender.Send(new GetIndustryClustersQuery(), cancellationToken), MaxAge);

    public static async Task<IResult> GetSkillLevels(ISender sender, CancellationToken cancellationToken) =>
        new CacheableJsonResult<ItemList<SkillLevelDto>>(await sender.Send(new GetSkillLevelsQuery(), cancellationToken), MaxAge);

    public static async Task<IResult> GetDistricts(ISender sender, CancellationToken cancellationToken) =>
        new CacheableJsonResult<ItemList<DistrictDto>>(await sender.Send(new GetDistrictsQuery(), cancellationToken), MaxAge);

    /// <param name="search">Part of the Chinese or English name, or the start of the code.</param>
    /// <param name="cluster">A cluster code, e.g. <c>new-energy</c>.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<IResult> ListOccupations(
        ISender sender,
        [FromQuery] string? search,
        [FromQuery] string? cluster,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        new CacheableJsonResult<Page<OccupationDto>>(
            await sender.Send(new ListOccupationsQuery(search, cluster, limit, cursor), cancellationToken), MaxAge);

    public static async Task<IResult> GetOccupation(ISender sender, string code, CancellationToken cancellationToken) =>
        new CacheableJsonResult<OccupationDto>(await sender.Send(new GetOccupationQuery(code), cancellationToken), MaxAge);
}
