using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.Modules;
using ZhuhaiArtisan.DataGenerator.Samples;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.DataGenerator.Training;

/// <summary>
/// Training records (开班, 报名, 考勤, 结业): classes of the published items opened by their
/// institutions after the publication, talents enrolled in them, attendance per session date up to
/// the as-of day, and for classes that have ended the completions, matched against the enrolment
/// by the domain's own data lock. Every row goes through the domain's methods
/// (<see cref="TrainingClass.Open"/>, <see cref="Enrolment.Enrol"/>, <see cref="Enrolment.RecordAttendance"/>,
/// <see cref="TrainingCompletion.Record"/>), so it obeys their rules: periods within the item's
/// validity, no enrolment after a class ends, sessions within the class, hours never above the plan.
/// </summary>
internal sealed class TrainingWriter : IModuleWriter
{
    private const decimal SessionHours = 8m;

    private static readonly string[] ClassColumns =
    [
        "Id", "CatalogueItemId", "InstitutionId", "DeliveryMode", "Venue", "StartDate", "EndDate", "Capacity", "EnrolledCount", "PlannedHours",
        "OpenedByPartner", "OpenedAt", "Version",
    ];

    private static readonly string[] EnrolmentColumns = ["Id", "ClassId", "TalentId", "AttendedHours", "PushedByPartner", "EnrolledAt", "Version"];

    private static readonly string[] CompletionColumns =
    [
        "Id", "ClassId", "TalentId", "EnrolmentId", "Result", "CertificateId", "CompletedOn", "Status", "PushedByPartner", "RecordedAt", "Version",
        "Mismatches",
    ];

    public string Module => "training";

    public IReadOnlyList<string> Tables => ["TrainingClasses", "Enrolments", "AttendanceRecords", "TrainingCompletions"];

    public void Write(GenerationContext context, BulkLoadSession session, CancellationToken cancellationToken)
    {
        var random = context.RandomFor(Module);
        var options = context.Options;
        var plans = Plan(context, random);
        Allocate(plans, options.TrainingRecords, context.TalentIds.Count, random);

        using var classes = session.Inserter("TrainingClasses", ClassColumns);
        using var enrolments = session.Inserter("Enrolments", EnrolmentColumns);
        using var attendance = session.Inserter("AttendanceRecords", "EnrolmentId", "SessionDate", "Hours", "RecordedAt");
        using var completions = session.Inserter("TrainingCompletions", CompletionColumns);
        var trainees = new HashSet<Guid>();
        using (var phase = context.Progress.Phase("training classes, enrolments, attendance and completions", plans.Count, () => session.RowsWritten))
        {
            foreach (var plan in plans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = plan.Item.Item;
                var venue = item.DeliveryMode == DeliveryMode.Online ? null : Venue(plan, random);
                var trainingClass = TrainingClass.Open(
                    new TrainingClassId(SeededGuids.Version7(plan.OpenedAt, random)), item, itemAcceptsEnrolment: true, plan.Start, plan.End,
                    plan.Capacity, venue, openedByPartner: null, plan.OpenedAt);
                if (plan.Enrolments > 0)
                {
                    trainingClass.TakeSeats(plan.Enrolments);
                }

                InsertClass(classes, trainingClass);
                trainees.Clear();
                for (var e = 0; e < plan.Enrolments; e++)
                {
                    Guid talent;
                    do
                    {
                        talent = context.TalentIds[random.Next(context.TalentIds.Count)];
                    }
                    while (!trainees.Add(talent));

                    WriteTrainee(context, random, plan, trainingClass, new TalentId(talent), enrolments, attendance, completions);
                }

                if (trainingClass.DeliveryMode == DeliveryMode.Online && plan.End >= context.Timeline.AsOf.AddDays(14) && plan.Capacity - plan.Enrolments >= 20)
                {
                    context.Samples.PushableClasses.Add(new PushableClassSample(trainingClass.Id.Value, plan.Capacity - plan.Enrolments, StoredValues.Of(plan.End)));
                }

                phase.Advance();
            }
        }

        context.Counts["trainingClasses"] = classes.Rows;
        context.Counts["enrolments"] = enrolments.Rows;
        context.Counts["attendanceRecords"] = attendance.Rows;
        context.Counts["trainingCompletions"] = completions.Rows;
    }

    /// <summary>The classes, in the order they were opened: each for an item by its popularity, starting after the publication.</summary>
    private static List<ClassPlan> Plan(GenerationContext context, Random random)
    {
        var count = context.Options.Classes;
        var timeline = context.Timeline;
        var items = context.PublishedItems;
        if (count > 0 && items.Count == 0)
        {
            throw new GenerationException("No published item takes enrolment: no class can be opened.");
        }

        var choice = count == 0 ? null : new WeightedChoice<Catalogue.PublishedItem>(items.Select(i => (i, i.Popularity)));
        var firstStart = timeline.CataloguePublished.AddDays(14);
        var startDays = timeline.ClassesPlannedUntil.DayNumber - firstStart.DayNumber;
        var plans = new List<ClassPlan>(count);
        for (var i = 0; i < count; i++)
        {
            var item = choice!.Next(random);
            var start = firstStart.AddDays(random.Next(startDays + 1));
            if (start.DayOfWeek == DayOfWeek.Sunday)
            {
                start = start.AddDays(1);
            }

            // Full-time, every other day, or one day a week.
            var spacing = random.NextDouble() switch
            {
                < 0.55 => 1,
                < 0.8 => 2,
                _ => 7,
            };
            var sessionCount = (int)Math.Ceiling(item.Item.TotalHours / SessionHours);
            var sessions = Enumerable.Range(0, sessionCount).Select(s => start.AddDays(s * spacing)).ToList();
            var opened = start.AddDays(-random.Next(14, 46));
            if (opened <= timeline.CataloguePublished)
            {
                opened = timeline.CataloguePublished.AddDays(1);
            }

            if (opened > timeline.AsOf)
            {
                opened = timeline.AsOf;
            }

            var capacity = item.Item.DeliveryMode == DeliveryMode.Online ? 50 + (10 * random.Next(26)) : 30 + (5 * random.Next(7));
            // A class still ahead is still filling.
            var fill = (0.3 + (0.7 * random.NextDouble())) * (start > timeline.AsOf ? 0.4 : 1.0);
            plans.Add(new ClassPlan(item, ChinaTime.At(opened, 9 + random.Next(8), random.Next(60)), sessions, capacity, capacity * fill));
        }

        plans.Sort((a, b) => a.OpenedAt.CompareTo(b.OpenedAt));
        return plans;
    }

    /// <summary>Exactly <paramref name="total"/> enrolments over the classes, in proportion to their demand, none above its capacity.</summary>
    private static void Allocate(List<ClassPlan> plans, int total, int talents, Random random)
    {
        if (total == 0)
        {
            return;
        }

        var seats = plans.Sum(p => (long)Math.Min(p.Capacity, talents));
        if (seats < total)
        {
            throw new GenerationException($"The classes hold {seats:N0} trainees, fewer than the {total:N0} training records asked for: ask for more classes.");
        }

        var demand = plans.Sum(p => p.Demand);
        var given = 0;
        foreach (var plan in plans)
        {
            plan.Enrolments = Math.Min(Math.Min(plan.Capacity, talents), (int)(total * plan.Demand / demand));
            given += plan.Enrolments;
        }

        while (given < total)
        {
            var plan = plans[random.Next(plans.Count)];
            var room = Math.Min(plan.Capacity, talents) - plan.Enrolments;
            if (room <= 0)
            {
                continue;
            }

            var add = Math.Min(Math.Min(room, total - given), 1 + random.Next(5));
            plan.Enrolments += add;
            given += add;
        }
    }

    private static void WriteTrainee(
        GenerationContext context, Random random, ClassPlan plan, TrainingClass trainingClass, TalentId talent,
        TableInserter enrolments, TableInserter attendance, TableInserter completions)
    {
        var timeline = context.Timeline;
        var asOf = timeline.AsOf;

        // Most enrol before the start; a few in the first days; none after the end or after the as-of day.
        var openedDay = ChinaTime.DayOf(plan.OpenedAt);
        var lastDay = Min(Min(plan.Start.AddDays(random.Chance(0.9) ? -1 : 3), plan.End), asOf);
        var enrolledDay = lastDay <= openedDay ? openedDay : openedDay.AddDays(random.Next(lastDay.DayNumber - openedDay.DayNumber + 1));
        var enrolledAt = ChinaTime.At(enrolledDay, 9 + random.Next(9), random.Next(60));
        if (enrolledAt < plan.OpenedAt)
        {
            enrolledAt = plan.OpenedAt.AddMinutes(1 + random.Next(60));
        }

        var enrolment = Enrolment.Enrol(
            new EnrolmentId(SeededGuids.Version7(enrolledAt, random)), trainingClass, itemAcceptsEnrolment: true, talent, pushedByPartner: null,
            enrolledDay, enrolledAt);

        // Nearly all attend every session; some drop out, some miss one.
        var draw = random.NextDouble();
        var dropsAfter = draw < 0.04 ? random.Next(plan.Sessions.Count) : int.MaxValue;
        var misses = draw is >= 0.04 and < 0.07 ? random.Next(plan.Sessions.Count) : -1;
        var remaining = (decimal)trainingClass.PlannedHours;
        for (var s = 0; s < plan.Sessions.Count && s < dropsAfter; s++)
        {
            var day = plan.Sessions[s];
            if (day > asOf)
            {
                break;
            }

            var hours = Math.Min(SessionHours, remaining);
            remaining -= hours;
            if (s == misses || day < enrolledDay)
            {
                continue;
            }

            var record = enrolment.RecordAttendance(trainingClass, existing: null, day, hours, ChinaTime.At(day, 18))!;
            attendance.Insert(StoredValues.Of(record.EnrolmentId.Value), StoredValues.Of(record.SessionDate), record.Hours, StoredValues.Of(record.RecordedAt));
        }

        enrolments.Insert(
            StoredValues.Of(enrolment.Id.Value), StoredValues.Of(enrolment.ClassId.Value), StoredValues.Of(enrolment.TalentId.Value), enrolment.AttendedHours,
            DBNull.Value, StoredValues.Of(enrolment.EnrolledAt), enrolment.Version);

        // The institution reports the result within a week of the end; for those who missed hours, only sometimes.
        var completedOn = plan.End.AddDays(random.Next(8));
        var complete = enrolment.AttendedHours >= trainingClass.PlannedHours || random.Chance(0.3);
        if (completedOn >= asOf || !complete)
        {
            return;
        }

        var passed = enrolment.AttendedHours >= trainingClass.PlannedHours && random.Chance(0.9);
        var recordedAt = ChinaTime.At(completedOn, 10 + random.Next(7), random.Next(60));
        var completion = TrainingCompletion.Record(
            new TrainingCompletionId(SeededGuids.Version7(recordedAt, random)), trainingClass, talent, enrolment,
            passed ? AssessmentResult.Passed : AssessmentResult.Failed, certificate: null, certificateId: null, completedOn, pushedByPartner: null, recordedAt);
        completions.Insert(
            StoredValues.Of(completion.Id.Value), StoredValues.Of(completion.ClassId.Value), StoredValues.Of(completion.TalentId.Value),
            StoredValues.Of(completion.EnrolmentId?.Value), StoredValues.Of(completion.Result), DBNull.Value, StoredValues.Of(completion.CompletedOn),
            StoredValues.Of(completion.Status), DBNull.Value, StoredValues.Of(completion.RecordedAt), completion.Version,
            StoredValues.JsonArray(completion.Mismatches.Select(m => m.ToString()).ToList()));
    }

    private static void InsertClass(TableInserter classes, TrainingClass trainingClass) =>
        classes.Insert(
            StoredValues.Of(trainingClass.Id.Value), StoredValues.Of(trainingClass.CatalogueItemId.Value), StoredValues.Of(trainingClass.InstitutionId.Value),
            StoredValues.Of(trainingClass.DeliveryMode), StoredValues.OrNull(trainingClass.Venue), StoredValues.Of(trainingClass.StartDate),
            StoredValues.Of(trainingClass.EndDate), trainingClass.Capacity, trainingClass.EnrolledCount, trainingClass.PlannedHours, DBNull.Value,
            StoredValues.Of(trainingClass.OpenedAt), trainingClass.Version);

    private static string Venue(ClassPlan plan, Random random) =>
        $"{plan.Item.Institution.Entity.Contact.Address}{random.Pick(["实训楼", "教学楼", "培训中心"])}{1 + random.Next(5)}{random.Next(1, 20):00}室";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
