using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Organizations.ChangeOrganizationContactDetails;
using ZhuhaiArtisan.Application.Organizations.ChangeOrganizationLabels;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Application.Organizations.GetOrganization;
using ZhuhaiArtisan.Application.Organizations.ListOrganizations;
using ZhuhaiArtisan.Application.Organizations.RegisterOrganization;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Api.Endpoints.Organizations;

public static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organizations")
            .WithTags("Organizations")
            .RequireAuthorization(AuthorizationPolicies.OrganizationStaff)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", RegisterOrganization)
            .WithName(nameof(RegisterOrganization))
            .WithDescription("CityAdmin, or DistrictAdmin for its own district. The unified social credit code is checked against GB 32100 (400 naming creditCode); a code already registered is 409 organization.duplicate_credit_code. Honours Idempotency-Key. Answers 201 with Location and ETag.")
            .WithSummary("Register an organisation (city, or the district it belongs to)")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListOrganizations)
            .WithName(nameof(ListOrganizations))
            .WithDescription("CityAdmin sees all; DistrictAdmin its district; Enterprise and Institution only themselves. Filters: type, district, cluster, label. Ordered by credit code, keyset-paged.")
            .WithSummary("List the organisations the caller may see, filtered and keyset-paged")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", GetOrganization)
            .WithName(nameof(GetOrganization))
            .WithDescription("Readable by the organisation's own users, its district and the city; anyone else gets 404, as for a missing id. The ETag is the version to send in If-Match.")
            .WithSummary("Read one organisation (ETag for If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/contact-details", ChangeOrganizationContactDetails)
            .WithName(nameof(ChangeOrganizationContactDetails))
            .WithDescription("The organisation's own users, its district or the city replace the contact details. If-Match is required (428 when missing, 412 when stale).")
            .WithSummary("Change an organisation's contact details (its own users, its district, the city)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPut("/{id:guid}/labels", ChangeOrganizationLabels)
            .WithName(nameof(ChangeOrganizationLabels))
            .WithDescription("CityAdmin only: labels decide money. Replaces every label; enterprise labels apply only to enterprises and the private-institution label only to schools and institutions (409 organization.label_not_applicable). If-Match is required.")
            .WithSummary("Set an organisation's labels (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return app;
    }

    public static async Task<Created<OrganizationDto>> RegisterOrganization(
        RegisterOrganizationCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(command, cancellationToken);
        response.Headers.ETag = ETags.ForVersion(organization.Version);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", organization);
    }

    /// <param name="type">enterprise, vocational-college, technical-school or training-institution.</param>
    /// <param name="district">A district code, e.g. 440402 or ZH-GX.</param>
    /// <param name="cluster">A cluster code, e.g. new-energy.</param>
    /// <param name="label">key-industry-enterprise, key-industry-innovation-employer, industry-education-integration-enterprise, private-institution or training-qualified (qualification valid today).</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<OrganizationDto>>> ListOrganizations(
        ISender sender,
        [FromQuery] string? type,
        [FromQuery] string? district,
        [FromQuery] string? cluster,
        [FromQuery] string? label,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken)
    {
        var query = new ListOrganizationsQuery(
            QueryEnums.Parse<OrganizationType>(type, nameof(type)),
            district,
            cluster,
            QueryEnums.Parse<OrganizationLabel>(label, nameof(label)),
            limit,
            cursor);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    public static async Task<Ok<OrganizationDto>> GetOrganization(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(new GetOrganizationQuery(id), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(organization.Version);
        return TypedResults.Ok(organization);
    }

    public static async Task<Ok<OrganizationDto>> ChangeOrganizationContactDetails(
        Guid id, ContactDetailsInput contact, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var organization = await sender.Send(new ChangeOrganizationContactDetailsCommand(id, ifMatch, contact), cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(organization.Version);
        return TypedResults.Ok(organization);
    }

    public static async Task<Ok<OrganizationDto>> ChangeOrganizationLabels(
        Guid id, OrganizationLabelsRequest labels, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var organization = await sender.Send(
            new ChangeOrganizationLabelsCommand(
                id,
                ifMatch,
                labels.IsKeyIndustryEnterprise,
                labels.IsKeyIndustryInnovationEmployer,
                labels.IsIndustryEducationIntegrationEnterprise,
                labels.IsPrivateInstitution,
                labels.TrainingQualification),
            cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(organization.Version);
        return TypedResults.Ok(organization);
    }
}
