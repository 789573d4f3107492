/**
 * English local authorities, places and bodies that staff name in guidance questions. A
 * capitalised one is never a person's name, and none of them continues a name as a surname.
 * Single words, lower case (multi-word names are split: "tower hamlets" → tower, hamlets).
 */
const PLACES = `
barking dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich hackney hammersmith fulham haringey harrow havering hillingdon hounslow
islington kensington chelsea kingston thames lambeth lewisham merton newham redbridge richmond sutton tower hamlets waltham wandsworth westminster
bedford bedfordshire berkshire buckinghamshire bucks cambridgeshire cheshire cornwall cumbria derbyshire devon dorset durham essex gloucestershire
hampshire herefordshire hertfordshire herts kent lancashire leicestershire lincolnshire norfolk northamptonshire northumberland nottinghamshire
oxfordshire rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire worcestershire yorkshire isle wight
birmingham bradford brighton hove bristol coventry derby doncaster gateshead hull kirklees knowsley leeds leicester liverpool luton manchester
medway middlesbrough milton keynes newcastle northampton norwich nottingham oldham oxford peterborough plymouth portsmouth reading rochdale rotherham
salford sandwell sefton sheffield slough solihull southampton southend stockport stoke sunderland swindon tameside thurrock trafford wakefield
walsall warrington wigan wirral wokingham wolverhampton york bracknell windsor maidenhead guildford woking reigate banstead epsom ewell elmbridge
spelthorne runnymede tandridge waverley mole maidstone canterbury dover ashford tunbridge wells sevenoaks medway swale thanet dartford gravesham
southwark bermondsey peckham camberwell dulwich rotherhithe walworth
north south east west central greater upon tyne
ofsted cafcass barnardos barnardo's nspcc unicef coram frontline nice skills kcc scc bfc lbs dfe
`;

/** Lower-case place and body names (see file comment). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.split(/\s+/).filter(Boolean));
