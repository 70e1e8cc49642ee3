using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.ListTalents;

/// <summary>
/// The list page as a compiled query, one per shape — which filters are given, whether a cursor
/// is, whether the caller sees one district or the whole city — compiled the first time a shape
/// is asked for. The list is the city's and the districts' everyday view; built from LINQ on
/// every request, making the expression tree and looking up its translation cost about a fifth of
/// a page's CPU. Every shape uses the same filters and projection, written once below; a
/// value absent from the shape is passed as a default and not used.
/// </summary>
public static class TalentListQueries
{
    private static readonly Expression<Func<Talent, string, bool>> InDistrict = (t, district) => t.ResidenceDistrictCode == district;
    private static readonly Expression<Func<Talent, TalentOrigin, bool>> OfOrigin = (t, origin) => t.Origin == origin;
    private static readonly Expression<Func<Talent, OrganizationId, bool>> EmployedBy = (t, employer) => t.EmployerId == employer;
    private static readonly Expression<Func<Talent, OrganizationId, bool>> StudentOf = (t, school) => t.SchoolId == school;
    private static readonly Expression<Func<Talent, JobSeekingStatus, bool>> Seeking = (t, status) => t.JobSeekingStatus == status;

    // Ordered by name; the id breaks ties between namesakes and keeps the order total. Written as
    // "name at least, and past the position": the first half is a plain range on the name, which
    // a planner seeks to in the name-ordered indexes without having to derive it from a disjunction.
    private static readonly Expression<Func<Talent, string, TalentId, bool>> After = (t, name, id) =>
        string.Compare(t.Name, name) >= 0 && (string.Compare(t.Name, name) > 0 || t.Id > id);

    /// <summary>
    /// A talent as the list shows it. Written out rather than mapped: only the listed columns are
    /// read, and the tree holds nothing EF has to evaluate on every request.
    /// </summary>
    public static readonly Expression<Func<Talent, TalentSummaryDto>> Summary = t => new TalentSummaryDto(
        t.Id.Value,
        t.Name,
        t.DocumentType,
        t.IdentityNumber.Masked,
        t.Phone.Masked,
        t.ResidenceDistrictCode,
        t.Origin,
        t.EmployerId.HasValue ? t.EmployerId.Value.Value : null,
        t.SchoolId.HasValue ? t.SchoolId.Value.Value : null,
        t.Major,
        t.GraduationDate,
        t.JobSeekingStatus,
        t.ConsentsToMatching,
        t.Version);

    /// <summary>The page; the shape's filters go in place of <c>Where(t => true)</c>, <see cref="Summary"/> in place of the <c>Select</c>.</summary>
    private static readonly Expression<Func<DbContext, string, TalentOrigin, OrganizationId, OrganizationId, JobSeekingStatus, string, TalentId, string, int, IQueryable<TalentSummaryDto>>> Page =
        (db, district, origin, employer, school, seeking, afterName, afterId, scopeDistrict, take) =>
            db.Set<Talent>().AsNoTracking()
                .Where(t => true)
                .OrderBy(t => t.Name).ThenBy(t => t.Id)
                .Take(take)
                .Select(t => default(TalentSummaryDto)!);

    /// <summary>Each filter with the shape that has it and the page's parameters it takes.</summary>
    private static readonly (Shape Shape, ExpressionTemplates.Filter Filter)[] Filters =
    [
        (Shape.ScopeDistrict, new(InDistrict, "scopeDistrict")),
        (Shape.District, new(InDistrict, "district")),
        (Shape.Origin, new(OfOrigin, "origin")),
        (Shape.Employer, new(EmployedBy, "employer")),
        (Shape.School, new(StudentOf, "school")),
        (Shape.Seeking, new(Seeking, "seeking")),
        (Shape.After, new(After, "afterName", "afterId")),
    ];

    private static readonly ConcurrentDictionary<Shape, CompiledQuery<Func<DbContext, string, TalentOrigin, OrganizationId, OrganizationId, JobSeekingStatus, string, TalentId, string, int, IAsyncEnumerable<TalentSummaryDto>>>> ByShape = new();

    [Flags]
    private enum Shape
    {
        None = 0,
        District = 1,
        Origin = 2,
        Employer = 4,
        School = 8,
        Seeking = 16,
        After = 32,
        ScopeDistrict = 64,
    }

    /// <summary>The talents after a position of the list, for a query built from LINQ (the position's values are its parameters).</summary>
    public static Expression<Func<Talent, bool>> AfterPosition(string name, TalentId id)
    {
        var position = Expression.Constant(new ListPosition(name, id));
        var talent = Expression.Parameter(typeof(Talent), "t");
        return Expression.Lambda<Func<Talent, bool>>(
            ExpressionTemplates.Bind(After, talent, Expression.Property(position, nameof(ListPosition.Name)), Expression.Property(position, nameof(ListPosition.Id))),
            talent);
    }

    /// <summary>
    /// Up to <paramref name="take"/> talents of the list after a position, in the scope of
    /// <paramref name="scopeDistrict"/> (a district administrator's district) or the whole city (null).
    /// </summary>
    public static Task<List<TalentSummaryDto>> ReadAsync(
        IApplicationDbContext db,
        ListTalentsQuery query,
        (string Name, TalentId Id)? after,
        string? scopeDistrict,
        int take,
        CancellationToken cancellationToken)
    {
        var shape = (query.District is null ? Shape.None : Shape.District)
            | (query.Origin is null ? Shape.None : Shape.Origin)
            | (query.Employer is null ? Shape.None : Shape.Employer)
            | (query.School is null ? Shape.None : Shape.School)
            | (query.JobSeeking is null ? Shape.None : Shape.Seeking)
            | (after is null ? Shape.None : Shape.After)
            | (scopeDistrict is null ? Shape.None : Shape.ScopeDistrict);
        var context = db.ForCompiledQueries();
        var compiled = ByShape.GetOrAdd(shape, static s => new(() => EF.CompileAsyncQuery(For(s)))).For(context);
        return compiled(
                context,
                query.District ?? string.Empty,
                query.Origin ?? default,
                new OrganizationId(query.Employer ?? Guid.Empty),
                new OrganizationId(query.School ?? Guid.Empty),
                query.JobSeeking ?? default,
                after?.Name ?? string.Empty,
                after?.Id ?? new TalentId(Guid.Empty),
                scopeDistrict ?? string.Empty,
                take)
            .ToListAsync(cancellationToken)
            .AsTask();
    }

    /// <summary>The page with the shape's filters in place of <c>Where(t => true)</c> and <see cref="Summary"/> in place of the <c>Select</c>.</summary>
    private static Expression<Func<DbContext, string, TalentOrigin, OrganizationId, OrganizationId, JobSeekingStatus, string, TalentId, string, int, IQueryable<TalentSummaryDto>>> For(Shape shape) =>
        ExpressionTemplates.Fill<Expression<Func<DbContext, string, TalentOrigin, OrganizationId, OrganizationId, JobSeekingStatus, string, TalentId, string, int, IQueryable<TalentSummaryDto>>>, Talent>(
            Page, Filters.Where(f => shape.HasFlag(f.Shape)).Select(f => f.Filter), Summary);

    /// <summary>A position as EF reads it: a captured value it sends as a parameter.</summary>
    private sealed record ListPosition(string Name, TalentId Id);
}
