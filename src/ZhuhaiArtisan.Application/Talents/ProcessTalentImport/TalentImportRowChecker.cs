using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ProcessTalentImport;

/// <summary>
/// The checks of a single registration, applied to every row of an import against reference data
/// read once for the whole file: the same shape rules, the same caller rules, the same references.
/// </summary>
public sealed class TalentImportRowChecker
{
    private static readonly OrganizationType[] SchoolTypes =
        [OrganizationType.VocationalCollege, OrganizationType.TechnicalSchool, OrganizationType.TrainingInstitution];

    private readonly ICurrentUser _user;
    private readonly IValidator<RegisterTalentCommand> _validator;
    private readonly HashSet<string> _districts;
    private readonly HashSet<string> _occupations;
    private readonly Dictionary<Guid, OrganizationType> _organizations;

    private TalentImportRowChecker(
        ICurrentUser user,
        IValidator<RegisterTalentCommand> validator,
        HashSet<string> districts,
        HashSet<string> occupations,
        Dictionary<Guid, OrganizationType> organizations)
    {
        _user = user;
        _validator = validator;
        _districts = districts;
        _occupations = occupations;
        _organizations = organizations;
    }

    public static async Task<TalentImportRowChecker> CreateAsync(
        IApplicationDbContext db,
        ICurrentUser user,
        IValidator<RegisterTalentCommand> validator,
        IReadOnlyList<ParsedTalentRow> rows,
        CancellationToken cancellationToken)
    {
        var districts = (await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var occupations = (await db.Occupations.Select(o => o.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var referenced = rows
            .SelectMany(r => new[] { r.Registration.EmployerId, r.Registration.SchoolId })
            .Append(user.OrganizationId)
            .OfType<Guid>()
            .Distinct()
            .Select(g => new OrganizationId(g))
            .ToList();
        var organizations = new Dictionary<Guid, OrganizationType>();
        foreach (var batch in referenced.Chunk(500))
        {
            var found = await db.Organizations.Where(o => batch.Contains(o.Id)).Select(o => new { o.Id, o.Type }).ToListAsync(cancellationToken);
            found.ForEach(o => organizations[o.Id.Value] = o.Type);
        }

        return new TalentImportRowChecker(user, validator, districts, occupations, organizations);
    }

    /// <summary>Every reason the row cannot be registered; empty when it can.</summary>
    public List<RowProblem> Check(ParsedTalentRow row)
    {
        var problems = row.Problems.ToList();
        var unreadable = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in _validator.Validate(row.Registration).Errors)
        {
            var field = FieldPath(failure.PropertyName);
            // A value that could not be read is reported once, not again as missing.
            if (!unreadable.Contains(field))
            {
                problems.Add(new RowProblem(field, "row.invalid_value", failure.ErrorMessage));
            }
        }

        var registration = row.Registration;
        if (_user.Role == Roles.Enterprise && registration.EmployerId is { } employer && employer != _user.OrganizationId)
        {
            problems.Add(new RowProblem("employerId", "access.forbidden", "An enterprise imports only its own employees."));
        }

        if (_user.Role == Roles.Institution && registration.SchoolId is { } school && school != _user.OrganizationId)
        {
            problems.Add(new RowProblem("schoolId", "access.forbidden", "A college or institution imports only its own students."));
        }

        if (registration.ResidenceDistrictCode is { Length: > 0 } district && !_districts.Contains(district))
        {
            problems.Add(new RowProblem("residenceDistrictCode", "row.unknown_reference", "Unknown district code; see GET /api/v1/districts."));
        }

        if (EmployerOf(registration) is { } employerId && !_organizations.ContainsKey(employerId.Value))
        {
            problems.Add(new RowProblem("employerId", "row.unknown_reference", "No such organisation."));
        }

        if (SchoolOf(registration) is { } schoolId && !(_organizations.TryGetValue(schoolId.Value, out var type) && SchoolTypes.Contains(type)))
        {
            problems.Add(new RowProblem("schoolId", "row.unknown_reference", "No such college, technical school or training institution."));
        }

        foreach (var code in registration.Wishes?.OccupationCodes ?? [])
        {
            if (!_occupations.Contains(code))
            {
                problems.Add(new RowProblem("wishes.occupationCodes", "row.unknown_reference", $"Unknown occupation code {code}."));
            }
        }

        foreach (var code in registration.Wishes?.DistrictCodes ?? [])
        {
            if (!_districts.Contains(code))
            {
                problems.Add(new RowProblem("wishes.districtCodes", "row.unknown_reference", $"Unknown district code {code}."));
            }
        }

        return problems;
    }

    /// <summary>The talent of a row that passed <see cref="Check"/>, linked as the caller's role links it.</summary>
    public Talent Register(ParsedTalentRow row, IdentityDocumentType type, string number, string hash, IPersonalDataProtector protector, Provenance provenance) =>
        TalentRegistration.NewTalent(row.Registration, type, number, hash, EmployerOf(row.Registration), SchoolOf(row.Registration), null, protector, provenance);

    // An enterprise's rows are its employees, a school's rows its students, whether or not the row says so.
    private OrganizationId? EmployerOf(RegisterTalentCommand registration) =>
        _user.Role == Roles.Enterprise ? new OrganizationId(_user.OrganizationId!.Value)
        : registration.EmployerId is { } id ? new OrganizationId(id) : null;

    private OrganizationId? SchoolOf(RegisterTalentCommand registration) =>
        _user.Role == Roles.Institution ? new OrganizationId(_user.OrganizationId!.Value)
        : registration.SchoolId is { } id ? new OrganizationId(id) : null;

    /// <summary><c>Wishes.OccupationCodes[0]</c> → <c>wishes.occupationCodes[0]</c>, as the errors of a single registration name it.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(JsonNamingPolicy.CamelCase.ConvertName));
}
