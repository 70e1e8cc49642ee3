using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ZhuhaiArtisan.Api.Security;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>
/// States each operation's security requirement from its endpoint's authorization metadata: none
/// for public operations, the API key for partner operations, either for the training records
/// (institutions and the city sign in, 技行珠海 uses its key), the bearer token for the rest.
/// </summary>
internal sealed class SecurityRequirementsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (metadata.OfType<IAllowAnonymous>().Any() || authorize.Count == 0)
        {
            operation.Security = [];
            return;
        }

        if (authorize.Any(a => a.Policy == AuthorizationPolicies.PartnerOrCityAdmin))
        {
            // Either credential: the partner's API key or the city's bearer token.
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AuthenticationSchemes.ApiKey, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AuthenticationSchemes.Bearer, context.Document)] = [] },
            ];
            return;
        }

        if (authorize.Any(a => a.Policy == AuthorizationPolicies.TrainingRecords) && authorize.All(a => a.Policy != AuthorizationPolicies.Partner))
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AuthenticationSchemes.Bearer, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AuthenticationSchemes.ApiKey, context.Document)] = [] },
            ];
            return;
        }

        var scheme = authorize.Any(a => a.Policy == AuthorizationPolicies.Partner)
            ? AuthenticationSchemes.ApiKey
            : AuthenticationSchemes.Bearer;
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] },
        ];
    }
}
