/**
 * Frequent English words (with texting spellings) used to tell whether a sentence is
 * English at all: Amends' rules are English-only, and other languages get no findings.
 */
export const COMMON_ENGLISH_WORDS = new Set(
  `a about after again all also always am an and any anyone are as at back be because been before being but by
  can cant could couldnt did didnt do does doesnt dont down even ever every for from get go going gonna got had
  has have he her here him his how i if im in into is isnt it its ive just know let like me mean my need never
  no not now of off oh ok okay on one only or our out over please really right said say see she should so some
  sorry still such than that thats the their them then there these they thing think this those time to told too
  tried trying u up ur us very want was wasnt way we well were what when where which while who why will with
  wont would wouldnt yeah yes you youd youll your youre yours anymore again bc cuz tho lol omg pls plz rn idk ya
  hey hi hello thanks thank babe dear love miss yet since until tonight today tomorrow ill id whats hes shes
  were theyre cause ive weve didn't don't i'm it's can't won't wasn't isn't you're that's i've i'll i'd you'll you've
  good bad other each come came go went make made take took give gave tell say said talk call text
  after before first last long little much many more most new old own same big great small next
  people man woman friend friends family mum mom dad kids home work day night week year morning
  feel felt think thought want wanted need needed try tried look looked find found keep kept leave left
  mean meant hear heard ask asked help hurt put seem let lets stop start show happen happened
  life world hand part place case point fact thing things nothing something everything anything
  every both few sure why again ever also back down off only then there these those through under
  up who whom whose yours ours youll youve shed theyll theyve weve thats theres heres wouldve couldve
  shouldve aint gotta wanna kinda sorta we're they're he's she's there's here's let's who's what's
  happen happens happened mistake mistakes human sometimes always never often maybe perhaps`
    .split(/\s+/)
    .filter(Boolean),
);
