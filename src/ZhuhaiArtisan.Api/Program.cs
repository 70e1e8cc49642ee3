using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;
using ZhuhaiArtisan.Api;
using ZhuhaiArtisan.Api.Endpoints.Access;
using ZhuhaiArtisan.Api.Endpoints.Catalogue;
using ZhuhaiArtisan.Api.Endpoints.Development;
using ZhuhaiArtisan.Api.Endpoints.InformationQuery;
using ZhuhaiArtisan.Api.Endpoints.Integration;
using ZhuhaiArtisan.Api.Endpoints.Organizations;
using ZhuhaiArtisan.Api.Endpoints.ReferenceData;
using ZhuhaiArtisan.Api.Endpoints.Talents;
using ZhuhaiArtisan.Api.Endpoints.Training;
using ZhuhaiArtisan.Api.ErrorHandling;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.OpenApi;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Behaviours;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Security;
using AuthenticationSchemes = ZhuhaiArtisan.Api.Security.AuthenticationSchemes;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
var limits = configuration.GetSection(RequestLimitsOptions.SectionName).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
var rateLimits = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();

ProductionGuards.Check(builder.Environment, configuration, auth);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);

// Layers.
builder.Services.AddApplication();
builder.Services.AddInfrastructure(configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ZhuhaiArtisan.Application.DependencyInjection)];
    options.PipelineBehaviors = [typeof(OperationNameBehaviour<,>), typeof(ValidationBehaviour<,>)];
});
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CallerScope>();
builder.Services.AddScoped<ICurrentUser>(sp =>
    sp.GetRequiredService<CallerScope>().ActingFor ?? new CurrentUser(sp.GetRequiredService<IHttpContextAccessor>()));
builder.Services.AddScoped<IOperationContext, OperationContext>();

// JSON: camelCase, enums as kebab-case strings, numbers only as numbers.
builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

// Errors.
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsCustomizer.Customize);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

// Sign-in: bearer tokens from the city's OIDC issuer (or self-signed in the embedded default), API keys for partners.
builder.Services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.SectionName));
builder.Services.AddAuthentication(AuthenticationSchemes.BearerOrApiKey)
    // Whoever calls is known before rate limiting and authorization run: a partner by its key,
    // everyone else by their token.
    .AddPolicyScheme(AuthenticationSchemes.BearerOrApiKey, AuthenticationSchemes.BearerOrApiKey, options =>
        options.ForwardDefaultSelector = context =>
            context.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader) ? AuthenticationSchemes.ApiKey : AuthenticationSchemes.Bearer)
    .AddJwtBearer(AuthenticationSchemes.Bearer, options =>
    {
        options.MapInboundClaims = false;
        // Nothing reads the bearer token back from the authentication properties; storing it
        // there on every request only costs time.
        options.SaveToken = false;
        options.Authority = auth.Authority;
        options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            NameClaimType = ClaimNames.Subject,
            RoleClaimType = ClaimNames.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
            IssuerSigningKey = string.IsNullOrEmpty(auth.Authority) ? SigningKeys.FromConfiguration(auth) : null,
        };
    })
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSchemes.ApiKey, null);
builder.Services.AddAuthorization(options =>
{
    // One scheme decides who calls: the forwarding scheme picks the API key or the bearer token.
    options.DefaultPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(AuthenticationSchemes.BearerOrApiKey)
        .RequireAuthenticatedUser().Build();
    AuthorizationPolicies.Add(options);
});

// Anonymous callers are limited per client address; signed-in callers are accountable and are not.
builder.Services.AddRateLimiter(options =>
{
    options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/health")
            ? RateLimitPartition.GetNoLimiter("authenticated")
            : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = rateLimits.AnonymousPermitLimit,
                    Window = rateLimits.AnonymousWindow,
                    QueueLimit = 0,
                }));
    options.OnRejected = async (rejected, cancellationToken) =>
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : rateLimits.AnonymousWindow;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "rate_limit.exceeded", "Too many requests from this address; retry after the time in Retry-After.");
    };
});

// Third-party frontends.
var allowedOrigins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
    .WithOrigins(allowedOrigins)
    .AllowAnyHeader()
    .AllowAnyMethod()
    .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed")));

builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

// The contract.
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(options =>
{
    options.SwaggerDoc("v1", new OpenApiInfo
    {
        Title = "ZhuhaiArtisan API — 珠海市产教培一体化管理服务信息平台",
        Version = "v1",
        Description = "The platform of 《珠海市“产业新工匠”培育工程实施方案（2023-2025年）》(珠府办函〔2023〕100号): supply–demand matching, information query, training-catalogue publishing, subsidy disbursement, policy publicity and statistics.",
        Contact = new OpenApiContact { Name = "珠海市人力资源和社会保障局", Url = new Uri("https://zhuhai-artisan.example/") },
    });
    options.AddServer(new OpenApiServer { Url = "/", Description = "The server that serves this document" });
    options.AddSecurityDefinition(AuthenticationSchemes.Bearer, new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "A token from the city's OIDC issuer (in the embedded default: POST /dev/tokens).",
    });
    options.AddSecurityDefinition(AuthenticationSchemes.ApiKey, new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = AuthenticationSchemes.ApiKeyHeader,
        Description = "A partner client's API key, issued by the city.",
    });
    options.OperationFilter<SecurityRequirementsOperationFilter>();
    options.OperationFilter<HeadersOperationFilter>();
    options.OperationFilter<FileUploadOperationFilter>();
    options.SchemaFilter<SchemaExamplesFilter>();
    options.SupportNonNullableReferenceTypes();
    // OpenAPI 3.0 ignores siblings of $ref, so a nullable object property needs allOf to say so.
    options.UseAllOfToExtendReferenceSchemas();
    options.DocumentFilter<WebhookPayloadsDocumentFilter>();
    options.DocumentFilter<NullableReferenceDocumentFilter>();
    options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "ZhuhaiArtisan.Api.xml"));
});
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
builder.Services.Configure<RequestLimitsOptions>(configuration.GetSection(RequestLimitsOptions.SectionName));
builder.Services.AddSingleton(configuration.GetSection(RequestLoggingOptions.SectionName).Get<RequestLoggingOptions>() ?? new RequestLoggingOptions());

// Behind the city's load balancer the client address comes from X-Forwarded-For, trusted only
// from the proxies named in configuration (the rate limit is per client address).
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
    {
        options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseCors();
app.UseSwagger();
app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "ZhuhaiArtisan v1"));
app.UseMiddleware<SingleCredentialMiddleware>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapReferenceDataEndpoints();
app.MapOrganizationEndpoints();
app.MapPartnerClientEndpoints();
app.MapTalentEndpoints();
app.MapTalentSkillEndpoints();
app.MapTalentImportEndpoints();
app.MapInformationQueryEndpoints();
app.MapCatalogueItemEndpoints();
app.MapCatalogueEditionEndpoints();
app.MapCatalogueChangeEndpoints();
app.MapTrainingClassEndpoints();
app.MapPartnerPushEndpoints();
app.MapMyEnrolmentEndpoints();
app.MapAuditEntryEndpoints();
app.MapWebhookEndpointEndpoints();
app.MapWebhookDeliveryEndpoints();
if (auth.EnableDevTokens && string.IsNullOrEmpty(auth.Authority))
{
    app.MapDevTokenEndpoints();
}

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
